-- The frontier: article links discovery found, kept as durable work until the article or its
-- failure event is stored. Discovery writes entries in the same transaction that records the
-- source's new validators (ETag, Last-Modified, body hash), so a run that dies after a feed said
-- "unchanged" has still left the feed's links here for the next run. Every ingest process claims
-- from it with FOR UPDATE SKIP LOCKED and a lease that expires, so a fleet can share it.
CREATE SEQUENCE ${schema}.${prefix}frontier_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ${schema}.${prefix}frontier (
    id             bigint      NOT NULL,
    portal_id      bigint      NOT NULL,
    source_id      bigint,
    canonical_url  text        NOT NULL,
    url            text        NOT NULL,
    title          text,
    published_at   timestamptz,
    categories     text[]      NOT NULL DEFAULT '{}',
    status         varchar(16) NOT NULL,
    attempts       integer     NOT NULL DEFAULT 0,
    available_at   timestamptz NOT NULL,
    leased_by      bigint,
    lease_until    timestamptz,
    discovered_at  timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    last_error     text,
    CONSTRAINT ${prefix}frontier_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}frontier_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}frontier_source_fk FOREIGN KEY (source_id) REFERENCES ${schema}.${prefix}feed (id) ON DELETE SET NULL,
    CONSTRAINT ${prefix}frontier_leased_by_fk FOREIGN KEY (leased_by) REFERENCES ${schema}.${prefix}ingest_run (id) ON DELETE SET NULL,
    CONSTRAINT ${prefix}frontier_portal_canonical_url_uk UNIQUE (portal_id, canonical_url),
    CONSTRAINT ${prefix}frontier_status_ck CHECK (status IN ('PENDING', 'LEASED', 'DONE', 'FAILED')),
    CONSTRAINT ${prefix}frontier_attempts_ck CHECK (attempts >= 0),
    CONSTRAINT ${prefix}frontier_lease_ck CHECK ((status = 'LEASED') = (lease_until IS NOT NULL))
);

-- claim: the open work of one portal; finished entries stay out of this index
CREATE INDEX ${prefix}frontier_open_ix ON ${schema}.${prefix}frontier (portal_id, available_at)
    WHERE status IN ('PENDING', 'LEASED');
CREATE INDEX ${prefix}frontier_leased_by_ix ON ${schema}.${prefix}frontier (leased_by) WHERE leased_by IS NOT NULL;
CREATE INDEX ${prefix}frontier_source_ix ON ${schema}.${prefix}frontier (source_id);

-- A run whose process died is closed as ABORTED by the next run. A running process holds an
-- advisory lock keyed by lease_key on a session of its own; the server drops it when the process
-- or its connection dies. heartbeat_at is its last sign of life (for runs without a lease key).
ALTER TABLE ${schema}.${prefix}ingest_run
    ADD COLUMN heartbeat_at timestamptz,
    ADD COLUMN lease_key integer;

ALTER TABLE ${schema}.${prefix}ingest_run DROP CONSTRAINT ${prefix}ingest_run_status_ck;
ALTER TABLE ${schema}.${prefix}ingest_run ADD CONSTRAINT ${prefix}ingest_run_status_ck
    CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'ABORTED'));

CREATE INDEX ${prefix}ingest_run_running_ix ON ${schema}.${prefix}ingest_run (started_at) WHERE status = 'RUNNING';
