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

-- Politeness shared by every worker: one request at a time to a host across the fleet, and the
-- next one no sooner than the host's interval after the last one ended. A worker takes the host's
-- slot with a lease (held_by, lease_until) in one statement that only succeeds while the slot is
-- free and next_free_at has passed; it gives it back after the response with next_free_at moved
-- on by the interval. A worker that dies holding a slot blocks the host only until its lease ends.
CREATE TABLE ${schema}.${prefix}host_slot (
    host          text        NOT NULL,
    next_free_at  timestamptz NOT NULL,
    held_by       text,
    lease_until   timestamptz,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT ${prefix}host_slot_pk PRIMARY KEY (host),
    CONSTRAINT ${prefix}host_slot_lease_ck CHECK ((held_by IS NULL) = (lease_until IS NULL))
);
