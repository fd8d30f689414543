-- How many entities each owner has per category, collection (the location up to its last
-- '/') and entity type, kept by every commit: the total of a kind or mixin listing below a
-- collection path is a sum over a few rows instead of a count over all its entities.
CREATE TABLE occi_category_count (
  owner VARCHAR(256) NOT NULL,
  category VARCHAR(1024) NOT NULL,
  collection ${location} NOT NULL,
  entity_type CHAR(1) NOT NULL,
  entities BIGINT NOT NULL,
  PRIMARY KEY (owner, category, collection, entity_type)
);

INSERT INTO occi_category_count (owner, category, collection, entity_type, entities)
  SELECT owner, category, REGEXP_REPLACE(location, '[^/]*$', ''), entity_type, COUNT(*)
  FROM occi_entity_category
  GROUP BY owner, category, REGEXP_REPLACE(location, '[^/]*$', ''), entity_type;
