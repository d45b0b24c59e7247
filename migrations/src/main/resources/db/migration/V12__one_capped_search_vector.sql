-- One search vector instead of two. V1's 'simple' column and V2's stemmed column are replaced by
-- one column in each article's own language (ts_config maps unknown and missing languages to
-- 'simple', so articles in other languages are still found word for word). Words are taken from
-- the title, the lead and the first 20,000 characters of the body: computing two vectors and
-- keeping two GIN indexes was most of the cost of storing an article, and the cap bounds what a
-- very long page costs. Snippets still come from the whole text.
-- Dropping and adding a stored generated column rewrites the article table once (see docs/migrations.md).
ALTER TABLE ${schema}.${prefix}article
    DROP COLUMN search_vector,
    DROP COLUMN search_stemmed,
    ADD COLUMN search_terms tsvector GENERATED ALWAYS AS (
           setweight(to_tsvector(${schema}.${prefix}ts_config(language), coalesce(title, '')), 'A')
        || setweight(to_tsvector(${schema}.${prefix}ts_config(language), coalesce(lead, '')), 'B')
        || setweight(to_tsvector(${schema}.${prefix}ts_config(language), left(coalesce(body_text, ''), 20000)), 'C'))
        STORED;

CREATE INDEX ${prefix}article_search_terms_ix ON ${schema}.${prefix}article USING gin (search_terms);
