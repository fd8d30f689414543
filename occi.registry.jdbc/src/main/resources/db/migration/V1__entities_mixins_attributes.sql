-- The first schema: entities (resources and links), their mixin tagging, an index of
-- their attribute values for filters, and user-defined mixins. Every row belongs to an
-- owner (the request principal, '' for anonymous requests): locations are unique per owner.
-- ${...} placeholders are filled in per database by the migration runner.

CREATE TABLE occi_entity (
  pk ${identity} PRIMARY KEY,
  owner VARCHAR(256) NOT NULL,
  location ${location} NOT NULL,
  entity_id VARCHAR(512) NOT NULL,
  entity_type CHAR(1) NOT NULL,
  kind VARCHAR(1024) NOT NULL,
  title ${text},
  summary ${text},
  source ${location},
  target ${text},
  target_kind VARCHAR(1024),
  version BIGINT NOT NULL,
  attributes ${text} NOT NULL,
  CONSTRAINT occi_entity_location UNIQUE (owner, location)
);

-- Kind listings: by owner and kind, already in location order.
CREATE INDEX occi_entity_kind ON occi_entity (owner, kind, location);

CREATE TABLE occi_entity_mixin (
  entity_pk BIGINT NOT NULL REFERENCES occi_entity (pk) ON DELETE CASCADE,
  ordinal INT NOT NULL,
  mixin VARCHAR(1024) NOT NULL,
  PRIMARY KEY (entity_pk, ordinal)
);

-- Mixin listings and category filters: which entities carry a mixin.
CREATE INDEX occi_entity_mixin_by_mixin ON occi_entity_mixin (mixin, entity_pk);

-- One row per attribute (occi.core.* included) with its canonical string form;
-- value_key is its first 200 characters, short enough for any index.
CREATE TABLE occi_entity_attribute (
  entity_pk BIGINT NOT NULL REFERENCES occi_entity (pk) ON DELETE CASCADE,
  attr_name VARCHAR(512) NOT NULL,
  value_key VARCHAR(200) NOT NULL,
  attr_value ${text} NOT NULL,
  PRIMARY KEY (entity_pk, attr_name)
);

-- Attribute equality filters.
CREATE INDEX occi_entity_attribute_by_value ON occi_entity_attribute (attr_name, value_key, entity_pk);

CREATE TABLE occi_user_mixin (
  owner VARCHAR(256) NOT NULL,
  mixin VARCHAR(1024) NOT NULL,
  definition ${text} NOT NULL,
  PRIMARY KEY (owner, mixin)
);
