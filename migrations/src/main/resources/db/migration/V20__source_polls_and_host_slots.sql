-- Per-source poll state of the worker fleet: when each feed, section page or sitemap is polled
-- next, the interval the adaptive policy has reached, and what the last poll found. The scheduler's
-- task row holds the same next time for execution; this table is the one people and db-info read.
CREATE TABLE ${schema}.${prefix}source_poll (
    source_id         bigint      NOT NULL,
    next_poll_at      timestamptz NOT NULL,
    interval_millis   bigint      NOT NULL,
    last_poll_at      timestamptz,
    last_outcome      varchar(16),
    last_new_articles integer     NOT NULL DEFAULT 0,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT ${prefix}source_poll_pk PRIMARY KEY (source_id),
    CONSTRAINT ${prefix}source_poll_source_fk FOREIGN KEY (source_id) REFERENCES ${schema}.${prefix}feed (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}source_poll_interval_ck CHECK (interval_millis > 0),
    CONSTRAINT ${prefix}source_poll_new_articles_ck CHECK (last_new_articles >= 0),
    CONSTRAINT ${prefix}source_poll_outcome_ck
        CHECK (last_outcome IS NULL OR last_outcome IN ('NEW_ARTICLES', 'NO_CHANGE', 'NOT_MODIFIED', 'FAILED', 'QUARANTINED'))
);

CREATE INDEX ${prefix}source_poll_next_ix ON ${schema}.${prefix}source_poll (next_poll_at);

-- Politeness shared by every worker: the earliest start of the next request to a host. A worker
-- reserves a slot by moving next_free_at on by the host's interval in one UPDATE (the row lock
-- orders concurrent workers), then waits until the slot it got. A dead worker leaves at most one
-- reservation behind, which simply passes.
CREATE TABLE ${schema}.${prefix}host_slot (
    host          text        NOT NULL,
    next_free_at  timestamptz NOT NULL,
    reserved_by   text,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT ${prefix}host_slot_pk PRIMARY KEY (host)
);
