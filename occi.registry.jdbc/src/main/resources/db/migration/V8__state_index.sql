-- Filters by state driven by an index: one row per entity, state attribute and category (its
-- kind and each of its mixins), plus one with the category '' that stands for any category,
-- with the owner, location and entity type copied in. A state attribute is one whose name ends
-- in '.state' or '.set_state' (occi.compute.state, confine.node.set_state: the web console's
-- convention). A kind listing filtered by state (occi.compute.state=active) is then one ordered
-- range of (owner, category, attr_name, value_key, location): its page reads only what it skips
-- and returns, and its total is counted in that range without reading the entities.
-- Filled from the attribute index and category rows stored before this version.
CREATE TABLE occi_entity_state (
  owner VARCHAR(256) NOT NULL,
  category VARCHAR(1024) NOT NULL,
  attr_name VARCHAR(512) NOT NULL,
  value_key VARCHAR(200) NOT NULL,
  location ${location} NOT NULL,
  entity_type CHAR(1) NOT NULL,
  entity_pk BIGINT NOT NULL REFERENCES occi_entity (pk) ON DELETE CASCADE,
  PRIMARY KEY (owner, category, attr_name, value_key, location)
);

-- Deleting or replacing an entity removes its rows by key.
CREATE INDEX occi_entity_state_by_entity ON occi_entity_state (entity_pk);

INSERT INTO occi_entity_state (owner, category, attr_name, value_key, location, entity_type, entity_pk)
  SELECT c.owner, c.category, a.attr_name, a.value_key, c.location, c.entity_type, c.entity_pk
  FROM occi_entity_attribute a JOIN occi_entity_category c ON c.entity_pk = a.entity_pk
  WHERE a.attr_name LIKE '%.state' OR a.attr_name LIKE '%.set!_state' ESCAPE '!';

INSERT INTO occi_entity_state (owner, category, attr_name, value_key, location, entity_type, entity_pk)
  SELECT e.owner, '', a.attr_name, a.value_key, e.location, e.entity_type, e.pk
  FROM occi_entity_attribute a JOIN occi_entity e ON e.pk = a.entity_pk
  WHERE a.attr_name LIKE '%.state' OR a.attr_name LIKE '%.set!_state' ESCAPE '!';

-- How many entities each owner has per category ('' too), state attribute, value, collection
-- and entity type, kept by every commit and sharded as occi_category_count is (V7): the total
-- of a listing in one state below a collection path, and each of the console's counts per
-- state, is a sum over a few rows.
CREATE TABLE occi_state_count (
  owner VARCHAR(256) NOT NULL,
  category VARCHAR(1024) NOT NULL,
  attr_name VARCHAR(512) NOT NULL,
  value_key VARCHAR(200) NOT NULL,
  collection ${location} NOT NULL,
  entity_type CHAR(1) NOT NULL,
  shard SMALLINT NOT NULL,
  entities BIGINT NOT NULL,
  PRIMARY KEY (owner, category, attr_name, value_key, collection, entity_type, shard)
);

INSERT INTO occi_state_count (owner, category, attr_name, value_key, collection, entity_type, shard, entities)
  SELECT owner, category, attr_name, value_key, REGEXP_REPLACE(location, '[^/]*$', ''), entity_type, 0, COUNT(*)
  FROM occi_entity_state
  GROUP BY owner, category, attr_name, value_key, REGEXP_REPLACE(location, '[^/]*$', ''), entity_type;
