-- Category listings driven by an index: one row per entity and category (its kind and each
-- of its mixins) with the owner, location and entity type copied in, so that a kind or mixin
-- collection is one ordered range of (owner, category, location), counted without reading
-- the entities. Filled from what the earlier versions stored.
CREATE TABLE occi_entity_category (
  owner VARCHAR(256) NOT NULL,
  category VARCHAR(1024) NOT NULL,
  location ${location} NOT NULL,
  entity_type CHAR(1) NOT NULL,
  entity_pk BIGINT NOT NULL REFERENCES occi_entity (pk) ON DELETE CASCADE,
  PRIMARY KEY (owner, category, location)
);

CREATE INDEX occi_entity_category_by_entity ON occi_entity_category (entity_pk, category);

INSERT INTO occi_entity_category (owner, category, location, entity_type, entity_pk)
  SELECT owner, kind, location, entity_type, pk FROM occi_entity;

INSERT INTO occi_entity_category (owner, category, location, entity_type, entity_pk)
  SELECT DISTINCT e.owner, m.mixin, e.location, e.entity_type, e.pk
  FROM occi_entity_mixin m JOIN occi_entity e ON e.pk = m.entity_pk;
