-- A user mixin's location is unique within its owner's namespace, as its type id is.
-- Rows written before this version have no location (NULL) and are not checked.
ALTER TABLE occi_user_mixin ADD COLUMN location ${location};
ALTER TABLE occi_user_mixin ADD CONSTRAINT occi_user_mixin_location UNIQUE (owner, location);
