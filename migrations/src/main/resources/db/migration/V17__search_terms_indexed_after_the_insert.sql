-- The search vector leaves the insert. Computing V12's generated search_terms column was most of the
-- cost of storing an article, paid inside the transaction that stores the batch. From here on
-- search_terms is a plain column: an insert leaves it null, a change of content sets it back to null,
-- and the indexing step (ArticleRepository.indexForSearch, run by ingest right after each stored
-- batch and at the end of every ingest) fills it in batches with the same expression as before,
-- now in the function search_terms below, its one home. Search also finds the few rows not indexed
-- yet, by computing their vector on the fly; the partial index keeps them cheap to find.
-- Existing values are kept (DROP EXPRESSION rewrites no row).
CREATE FUNCTION ${schema}.${prefix}search_terms(language text, title text, lead text, body_text text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT setweight(to_tsvector(${schema}.${prefix}ts_config(language), coalesce(title, '')), 'A')
        || setweight(to_tsvector(${schema}.${prefix}ts_config(language), coalesce(lead, '')), 'B')
        || setweight(to_tsvector(${schema}.${prefix}ts_config(language), left(coalesce(body_text, ''), 20000)), 'C')
$$;

ALTER TABLE ${schema}.${prefix}article ALTER COLUMN search_terms DROP EXPRESSION;

CREATE INDEX ${prefix}article_search_pending_ix ON ${schema}.${prefix}article (id) WHERE search_terms IS NULL;
