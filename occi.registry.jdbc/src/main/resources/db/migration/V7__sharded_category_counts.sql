-- The category counters, sharded: a counter (owner, category, collection, entity type) is
-- the sum of up to 32 rows, one per shard, and a commit adds its change to its session's
-- shard (on PostgreSQL the backend's process id modulo 32; H2, whose writers run one at a
-- time anyway, uses shard 0 only). Concurrent creates in one collection then lock different rows instead of
-- queueing on one until each commits. Totals stay exact: a total is the sum of every shard,
-- and a shard may go below zero when an entity counted in another one is deleted.
-- The table is made again (a primary key cannot be widened the same way on H2 and
-- PostgreSQL); the counts so far become shard 0.
CREATE TABLE occi_category_count_v7 (
  owner VARCHAR(256) NOT NULL,
  category VARCHAR(1024) NOT NULL,
  collection ${location} NOT NULL,
  entity_type CHAR(1) NOT NULL,
  shard SMALLINT NOT NULL,
  entities BIGINT NOT NULL,
  PRIMARY KEY (owner, category, collection, entity_type, shard)
);

INSERT INTO occi_category_count_v7 (owner, category, collection, entity_type, shard, entities)
  SELECT owner, category, collection, entity_type, 0, entities FROM occi_category_count;

DROP TABLE occi_category_count;

ALTER TABLE occi_category_count_v7 RENAME TO occi_category_count;
