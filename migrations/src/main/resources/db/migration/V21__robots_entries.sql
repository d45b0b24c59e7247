-- robots.txt shared by every worker of the fleet: per origin (scheme, host, port) what the last
-- fetch of its robots.txt gave, until it expires (the 24 h cache, shortened by the answer's HTTP
-- freshness; a 5xx or unreachable robots.txt for the shorter failure TTL). A worker that finds no
-- fresh row claims the fetch (claimed_by, claim_until) in one statement that only succeeds while
-- the row is missing or expired and no unexpired claim is held, so that one worker fetches while
-- the others wait for its row. A row that only carries a claim has no kind yet.
CREATE TABLE ${schema}.${prefix}robots_entry (
    origin        text        NOT NULL,
    kind          varchar(16),
    status        integer,
    body          bytea,
    content_type  text,
    final_url     text,
    failure       varchar(32),
    failure_text  text,
    fetched_at    timestamptz,
    expires_at    timestamptz,
    claimed_by    text,
    claim_until   timestamptz,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT ${prefix}robots_entry_pk PRIMARY KEY (origin),
    CONSTRAINT ${prefix}robots_entry_kind_ck CHECK (kind IS NULL OR kind IN ('RULES', 'ALLOW_ALL', 'UNAVAILABLE')),
    CONSTRAINT ${prefix}robots_entry_fetched_ck
        CHECK ((kind IS NULL) = (fetched_at IS NULL) AND (kind IS NULL) = (expires_at IS NULL) AND (kind IS NULL) = (body IS NULL)),
    CONSTRAINT ${prefix}robots_entry_claim_ck CHECK ((claimed_by IS NULL) = (claim_until IS NULL))
);
