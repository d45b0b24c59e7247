-- Baseline schema of news-aggregator.
--
-- ${schema} and ${prefix} are Flyway placeholders: the schema that holds our tables and a prefix
-- for every table, sequence, index and constraint name, so that an application can place our
-- objects beside its own. The JPA adapter's naming strategy uses the same two values.
--
-- Ids come from one sequence per table that steps by 50: Hibernate's pooled optimizer hands out
-- the 50 ids below each value it draws, so a batch of inserts costs one sequence call per 50 rows.
-- The increment must equal the entities' allocation size; Hibernate's validation checks it.

CREATE SEQUENCE ${schema}.${prefix}portal_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ${schema}.${prefix}category_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ${schema}.${prefix}feed_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ${schema}.${prefix}article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ${schema}.${prefix}article_revision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ${schema}.${prefix}ingest_run_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ${schema}.${prefix}fetch_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ${schema}.${prefix}portal (
    id        bigint      NOT NULL,
    code      varchar(64) NOT NULL,
    name      text        NOT NULL,
    homepage  text        NOT NULL,
    language  varchar(16),
    CONSTRAINT ${prefix}portal_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}portal_code_uk UNIQUE (code),
    CONSTRAINT ${prefix}portal_code_ck CHECK (code ~ '^[a-z0-9_-]{1,64}$')
);

CREATE TABLE ${schema}.${prefix}category (
    id         bigint NOT NULL,
    portal_id  bigint NOT NULL,
    code       text   NOT NULL,
    name       text   NOT NULL,
    CONSTRAINT ${prefix}category_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}category_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}category_portal_code_uk UNIQUE (portal_id, code),
    CONSTRAINT ${prefix}category_code_ck CHECK (btrim(code) <> '')
);

-- A source of article links: RSS/Atom feed, section page or sitemap, told apart by kind.
CREATE TABLE ${schema}.${prefix}feed (
    id                    bigint      NOT NULL,
    portal_id             bigint      NOT NULL,
    kind                  varchar(16) NOT NULL,
    url                   text        NOT NULL,
    category_code         text,
    link_selector         text,
    etag                  text,
    last_modified         text,
    content_hash          varchar(128),
    last_fetched_at       timestamptz,
    consecutive_failures  integer     NOT NULL DEFAULT 0,
    quarantined_until     timestamptz,
    last_error            text,
    CONSTRAINT ${prefix}feed_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}feed_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}feed_portal_url_uk UNIQUE (portal_id, url),
    CONSTRAINT ${prefix}feed_kind_ck CHECK (kind IN ('FEED', 'SECTION', 'SITEMAP')),
    CONSTRAINT ${prefix}feed_failures_ck CHECK (consecutive_failures >= 0)
);

CREATE TABLE ${schema}.${prefix}article (
    id              bigint       NOT NULL,
    portal_id       bigint       NOT NULL,
    canonical_url   text         NOT NULL,
    url             text         NOT NULL,
    title           text,
    authors         text[]       NOT NULL DEFAULT '{}',
    published_at    timestamptz,
    modified_at     timestamptz,
    section         text,
    language        varchar(16),
    lead            text,
    body_text       text,
    image_url       text,
    content_hash    varchar(128) NOT NULL,
    discovered_via  bigint,
    first_seen_at   timestamptz  NOT NULL,
    last_seen_at    timestamptz  NOT NULL,
    revision        integer      NOT NULL DEFAULT 1,
    -- Full-text search over all languages with one configuration: 'simple' lower-cases and splits
    -- without stemming, so one query finds words in every portal's language. Weights rank title
    -- over lead over body. Language-aware stemming can come later as a further column.
    search_vector   tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
                     || setweight(to_tsvector('simple'::regconfig, coalesce(lead, '')), 'B')
                     || setweight(to_tsvector('simple'::regconfig, coalesce(body_text, '')), 'C')) STORED,
    CONSTRAINT ${prefix}article_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}article_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}article_feed_fk FOREIGN KEY (discovered_via) REFERENCES ${schema}.${prefix}feed (id) ON DELETE SET NULL,
    CONSTRAINT ${prefix}article_portal_canonical_url_uk UNIQUE (portal_id, canonical_url),
    CONSTRAINT ${prefix}article_revision_ck CHECK (revision >= 1),
    CONSTRAINT ${prefix}article_seen_ck CHECK (last_seen_at >= first_seen_at)
);

-- latestByPortal: newest by publication, then first-seen time
CREATE INDEX ${prefix}article_portal_published_ix
    ON ${schema}.${prefix}article (portal_id, published_at DESC NULLS LAST, first_seen_at DESC);
CREATE INDEX ${prefix}article_published_ix ON ${schema}.${prefix}article (published_at);
CREATE INDEX ${prefix}article_last_seen_ix ON ${schema}.${prefix}article (last_seen_at);
CREATE INDEX ${prefix}article_discovered_via_ix ON ${schema}.${prefix}article (discovered_via);
CREATE INDEX ${prefix}article_search_ix ON ${schema}.${prefix}article USING gin (search_vector);

CREATE TABLE ${schema}.${prefix}article_category (
    article_id   bigint NOT NULL,
    category_id  bigint NOT NULL,
    CONSTRAINT ${prefix}article_category_pk PRIMARY KEY (article_id, category_id),
    CONSTRAINT ${prefix}article_category_article_fk FOREIGN KEY (article_id) REFERENCES ${schema}.${prefix}article (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}article_category_category_fk FOREIGN KEY (category_id) REFERENCES ${schema}.${prefix}category (id) ON DELETE CASCADE
);

CREATE INDEX ${prefix}article_category_category_ix ON ${schema}.${prefix}article_category (category_id);

-- The superseded content of an article: revision n holds what the article showed as revision n.
CREATE TABLE ${schema}.${prefix}article_revision (
    id            bigint       NOT NULL,
    article_id    bigint       NOT NULL,
    revision      integer      NOT NULL,
    title         text,
    lead          text,
    body_text     text,
    content_hash  varchar(128) NOT NULL,
    captured_at   timestamptz  NOT NULL,
    CONSTRAINT ${prefix}article_revision_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}article_revision_article_fk FOREIGN KEY (article_id) REFERENCES ${schema}.${prefix}article (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}article_revision_article_revision_uk UNIQUE (article_id, revision),
    CONSTRAINT ${prefix}article_revision_revision_ck CHECK (revision >= 1)
);

CREATE TABLE ${schema}.${prefix}ingest_run (
    id                    bigint      NOT NULL,
    started_at            timestamptz NOT NULL,
    finished_at           timestamptz,
    status                varchar(16) NOT NULL,
    sources_ok            integer     NOT NULL DEFAULT 0,
    sources_failed        integer     NOT NULL DEFAULT 0,
    sources_not_modified  integer     NOT NULL DEFAULT 0,
    sources_skipped       integer     NOT NULL DEFAULT 0,
    articles_discovered   integer     NOT NULL DEFAULT 0,
    articles_new          integer     NOT NULL DEFAULT 0,
    articles_updated      integer     NOT NULL DEFAULT 0,
    articles_unchanged    integer     NOT NULL DEFAULT 0,
    articles_failed       integer     NOT NULL DEFAULT 0,
    message               text,
    CONSTRAINT ${prefix}ingest_run_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}ingest_run_status_ck CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    CONSTRAINT ${prefix}ingest_run_finished_ck CHECK (finished_at IS NULL OR finished_at >= started_at)
);

CREATE INDEX ${prefix}ingest_run_started_ix ON ${schema}.${prefix}ingest_run (started_at DESC);

CREATE TABLE ${schema}.${prefix}fetch_event (
    id               bigint      NOT NULL,
    run_id           bigint,
    portal_id        bigint      NOT NULL,
    feed_id          bigint,
    target           varchar(16) NOT NULL,
    url              text        NOT NULL,
    http_status      integer,
    bytes            bigint      NOT NULL DEFAULT 0,
    duration_millis  bigint      NOT NULL DEFAULT 0,
    outcome          varchar(16) NOT NULL,
    error_class      varchar(64),
    reason           text,
    occurred_at      timestamptz NOT NULL,
    CONSTRAINT ${prefix}fetch_event_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}fetch_event_run_fk FOREIGN KEY (run_id) REFERENCES ${schema}.${prefix}ingest_run (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}fetch_event_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}fetch_event_feed_fk FOREIGN KEY (feed_id) REFERENCES ${schema}.${prefix}feed (id) ON DELETE SET NULL,
    CONSTRAINT ${prefix}fetch_event_target_ck CHECK (target IN ('FEED', 'SECTION', 'SITEMAP', 'ROBOTS', 'HOMEPAGE', 'ARTICLE')),
    CONSTRAINT ${prefix}fetch_event_outcome_ck CHECK (outcome IN ('OK', 'NOT_MODIFIED', 'SKIPPED', 'FAILED')),
    CONSTRAINT ${prefix}fetch_event_http_status_ck CHECK (http_status IS NULL OR http_status BETWEEN 100 AND 599),
    CONSTRAINT ${prefix}fetch_event_sizes_ck CHECK (bytes >= 0 AND duration_millis >= 0)
);

CREATE INDEX ${prefix}fetch_event_run_ix ON ${schema}.${prefix}fetch_event (run_id);
CREATE INDEX ${prefix}fetch_event_portal_occurred_ix ON ${schema}.${prefix}fetch_event (portal_id, occurred_at DESC);
CREATE INDEX ${prefix}fetch_event_feed_ix ON ${schema}.${prefix}fetch_event (feed_id);
