-- The stored analysis: per-article results and key phrases, corpus statistics (document
-- frequencies, daily term counts), stories with their coverage and members, the story clusterer's
-- saved state, and language-aware full-text search over articles.
--
-- Same conventions as V1: ${schema} and ${prefix} placeholders on every object name.

-- Maps an ISO 639-1 code (optionally with a region, "en-GB", "pt_BR") to the PostgreSQL text
-- search configuration that stems that language; anything else gets 'simple' (lower-case, no
-- stemming). IMMUTABLE so that a generated column and an index may use it: the mapping only ever
-- changes through a new migration that also rebuilds the column.
CREATE FUNCTION ${schema}.${prefix}ts_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE lower(split_part(replace(coalesce(language, ''), '_', '-'), '-', 1))
        WHEN 'en' THEN 'english'::regconfig
        WHEN 'de' THEN 'german'::regconfig
        WHEN 'fr' THEN 'french'::regconfig
        WHEN 'es' THEN 'spanish'::regconfig
        WHEN 'it' THEN 'italian'::regconfig
        WHEN 'pt' THEN 'portuguese'::regconfig
        WHEN 'nl' THEN 'dutch'::regconfig
        WHEN 'ru' THEN 'russian'::regconfig
        WHEN 'sv' THEN 'swedish'::regconfig
        WHEN 'da' THEN 'danish'::regconfig
        WHEN 'no' THEN 'norwegian'::regconfig
        WHEN 'nb' THEN 'norwegian'::regconfig
        WHEN 'nn' THEN 'norwegian'::regconfig
        WHEN 'fi' THEN 'finnish'::regconfig
        WHEN 'hu' THEN 'hungarian'::regconfig
        WHEN 'ro' THEN 'romanian'::regconfig
        WHEN 'tr' THEN 'turkish'::regconfig
        ELSE 'simple'::regconfig
    END
$$;

-- Stemmed search in each article's own language, beside V1's language-neutral 'simple' column.
-- Adding a stored generated column rewrites the article table once (see docs/migrations.md).
ALTER TABLE ${schema}.${prefix}article
    ADD COLUMN search_stemmed tsvector GENERATED ALWAYS AS (
           setweight(to_tsvector(${schema}.${prefix}ts_config(language), coalesce(title, '')), 'A')
        || setweight(to_tsvector(${schema}.${prefix}ts_config(language), coalesce(lead, '')), 'B')
        || setweight(to_tsvector(${schema}.${prefix}ts_config(language), coalesce(body_text, '')), 'C')) STORED;

CREATE INDEX ${prefix}article_search_stemmed_ix ON ${schema}.${prefix}article USING gin (search_stemmed);

-- Pending analysis (oldest first), articles per day, and search date filters all order or range
-- over "published, else first seen".
CREATE INDEX ${prefix}article_seen_order_ix
    ON ${schema}.${prefix}article ((coalesce(published_at, first_seen_at)), id);

CREATE TABLE ${schema}.${prefix}article_analysis (
    article_id            bigint           NOT NULL,
    revision              integer          NOT NULL,
    language              varchar(16)      NOT NULL,
    language_confidence   double precision NOT NULL,
    word_count            integer          NOT NULL,
    sentence_count        integer          NOT NULL,
    reading_time_minutes  integer          NOT NULL,
    proper_nouns          text[]           NOT NULL DEFAULT '{}',
    story_key             text,
    analysed_at           timestamptz      NOT NULL,
    CONSTRAINT ${prefix}article_analysis_pk PRIMARY KEY (article_id),
    CONSTRAINT ${prefix}article_analysis_article_fk FOREIGN KEY (article_id) REFERENCES ${schema}.${prefix}article (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}article_analysis_revision_ck CHECK (revision >= 1),
    CONSTRAINT ${prefix}article_analysis_confidence_ck CHECK (language_confidence BETWEEN 0 AND 1),
    CONSTRAINT ${prefix}article_analysis_counts_ck CHECK (word_count >= 0 AND sentence_count >= 0 AND reading_time_minutes >= 0)
);

-- lets the pending-analysis anti-join compare revisions from the index alone
CREATE INDEX ${prefix}article_analysis_revision_ix ON ${schema}.${prefix}article_analysis (article_id, revision);

CREATE TABLE ${schema}.${prefix}article_keyphrase (
    article_id   bigint           NOT NULL,
    rank         integer          NOT NULL,
    key          text             NOT NULL,
    text         text             NOT NULL,
    score        double precision NOT NULL,
    occurrences  integer          NOT NULL,
    CONSTRAINT ${prefix}article_keyphrase_pk PRIMARY KEY (article_id, rank),
    CONSTRAINT ${prefix}article_keyphrase_analysis_fk FOREIGN KEY (article_id) REFERENCES ${schema}.${prefix}article_analysis (article_id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}article_keyphrase_rank_ck CHECK (rank >= 1),
    CONSTRAINT ${prefix}article_keyphrase_occurrences_ck CHECK (occurrences >= 0)
);

CREATE INDEX ${prefix}article_keyphrase_key_ix ON ${schema}.${prefix}article_keyphrase (key);

-- How many analysed articles contain each phrase key; rows that fall to zero are deleted.
CREATE TABLE ${schema}.${prefix}document_frequency (
    key        text   NOT NULL,
    frequency  bigint NOT NULL,
    CONSTRAINT ${prefix}document_frequency_pk PRIMARY KEY (key),
    CONSTRAINT ${prefix}document_frequency_frequency_ck CHECK (frequency >= 0)
);

-- One row: the number of analysed documents the frequencies were counted over.
CREATE TABLE ${schema}.${prefix}corpus_stats (
    id              smallint NOT NULL,
    document_count  bigint   NOT NULL,
    CONSTRAINT ${prefix}corpus_stats_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}corpus_stats_single_row_ck CHECK (id = 1),
    CONSTRAINT ${prefix}corpus_stats_document_count_ck CHECK (document_count >= 0)
);

INSERT INTO ${schema}.${prefix}corpus_stats (id, document_count) VALUES (1, 0);

CREATE TABLE ${schema}.${prefix}term_day_count (
    term       text    NOT NULL,
    portal_id  bigint  NOT NULL,
    day        date    NOT NULL,
    count      integer NOT NULL,
    doc_count  integer NOT NULL,
    CONSTRAINT ${prefix}term_day_count_pk PRIMARY KEY (term, portal_id, day),
    CONSTRAINT ${prefix}term_day_count_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}term_day_count_counts_ck CHECK (count >= 0 AND doc_count >= 0)
);

CREATE INDEX ${prefix}term_day_count_day_ix ON ${schema}.${prefix}term_day_count (day);
CREATE INDEX ${prefix}term_day_count_portal_day_ix ON ${schema}.${prefix}term_day_count (portal_id, day);

CREATE TABLE ${schema}.${prefix}story (
    key              text        NOT NULL,
    label            text        NOT NULL,
    top_terms        text[]      NOT NULL DEFAULT '{}',
    first_portal_id  bigint      NOT NULL,
    first_seen_at    timestamptz NOT NULL,
    last_seen_at     timestamptz NOT NULL,
    article_count    integer     NOT NULL,
    portal_count     integer     NOT NULL,
    CONSTRAINT ${prefix}story_pk PRIMARY KEY (key),
    CONSTRAINT ${prefix}story_first_portal_fk FOREIGN KEY (first_portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}story_counts_ck CHECK (article_count >= 0 AND portal_count >= 0),
    CONSTRAINT ${prefix}story_seen_ck CHECK (last_seen_at >= first_seen_at)
);

-- top stories: recent ones, widest coverage first
CREATE INDEX ${prefix}story_last_seen_ix ON ${schema}.${prefix}story (last_seen_at DESC);
CREATE INDEX ${prefix}story_portal_count_ix ON ${schema}.${prefix}story (portal_count DESC, last_seen_at DESC);

-- Articles per portal of a story, as the clusterer counted them.
CREATE TABLE ${schema}.${prefix}story_coverage (
    story_key      text    NOT NULL,
    portal_id      bigint  NOT NULL,
    article_count  integer NOT NULL,
    CONSTRAINT ${prefix}story_coverage_pk PRIMARY KEY (story_key, portal_id),
    CONSTRAINT ${prefix}story_coverage_story_fk FOREIGN KEY (story_key) REFERENCES ${schema}.${prefix}story (key) ON DELETE CASCADE,
    CONSTRAINT ${prefix}story_coverage_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}story_coverage_count_ck CHECK (article_count >= 0)
);

CREATE INDEX ${prefix}story_coverage_portal_ix ON ${schema}.${prefix}story_coverage (portal_id);

-- An article belongs to at most one story.
CREATE TABLE ${schema}.${prefix}story_member (
    article_id  bigint      NOT NULL,
    story_key   text        NOT NULL,
    portal_id   bigint      NOT NULL,
    seen_at     timestamptz NOT NULL,
    CONSTRAINT ${prefix}story_member_pk PRIMARY KEY (article_id),
    CONSTRAINT ${prefix}story_member_article_fk FOREIGN KEY (article_id) REFERENCES ${schema}.${prefix}article (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}story_member_story_fk FOREIGN KEY (story_key) REFERENCES ${schema}.${prefix}story (key) ON DELETE CASCADE,
    CONSTRAINT ${prefix}story_member_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE
);

CREATE INDEX ${prefix}story_member_story_ix ON ${schema}.${prefix}story_member (story_key, seen_at);
CREATE INDEX ${prefix}story_member_portal_ix ON ${schema}.${prefix}story_member (portal_id);

-- One row: the story clusterer's state, so clustering goes on where the last run stopped.
CREATE TABLE ${schema}.${prefix}story_clusterer_state (
    id        smallint    NOT NULL,
    state     bytea       NOT NULL,
    saved_at  timestamptz NOT NULL,
    CONSTRAINT ${prefix}story_clusterer_state_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}story_clusterer_state_single_row_ck CHECK (id = 1)
);
