-- Entity versions (ETags) come from one sequence, one value per commit: a location that is
-- deleted and created again never gets back a version it had. A stored entity's next
-- version is the larger of the sequence's value and its current version + 1.
CREATE SEQUENCE occi_entity_version;
