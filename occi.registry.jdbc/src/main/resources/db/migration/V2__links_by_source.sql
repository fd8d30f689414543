-- Rendering a resource joins its links: find them by source without a table scan.
CREATE INDEX occi_entity_source ON occi_entity (owner, source, location);
