-- A version on the story clusterer's saved state, raised by every save. An analyse run compares it
-- with the version it saved last to notice that another run moved the state on in between, and
-- then continues from the stored state instead of overwriting it with its own stale copy.
--
-- Adding a NOT NULL column with a constant default is a metadata-only change in PostgreSQL 11+:
-- the one-row table is not rewritten.
ALTER TABLE ${schema}.${prefix}story_clusterer_state
    ADD COLUMN version bigint NOT NULL DEFAULT 0;

ALTER TABLE ${schema}.${prefix}story_clusterer_state
    ADD CONSTRAINT ${prefix}story_clusterer_state_version_ck CHECK (version >= 0);

-- a state saved before this version counts as the first
UPDATE ${schema}.${prefix}story_clusterer_state SET version = 1;
