package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The record of one fetch: what was asked, what came back, and a readable reason when it failed.
 *
 * @param id         null until stored
 * @param runId      the ingest run, or null outside a run
 * @param feedId     the source the URL belongs to or was found by, or null
 * @param httpStatus null when no response arrived
 * @param errorClass why it failed (or what marks it), or null on a plain success
 * @param reason     a readable sentence for people, or null on success
 */
public record FetchEvent(
        FetchEventId id,
        IngestRunId runId,
        PortalId portalId,
        FeedId feedId,
        FetchTarget target,
        String url,
        Integer httpStatus,
        long bytes,
        long durationMillis,
        FetchOutcome outcome,
        FetchErrorClass errorClass,
        String reason,
        Instant occurredAt) {

    public FetchEvent {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (bytes < 0 || durationMillis < 0) {
            throw new IllegalArgumentException("bytes and durationMillis must be >= 0");
        }
    }

    public FetchEvent withId(FetchEventId newId) {
        return new FetchEvent(newId, runId, portalId, feedId, target, url, httpStatus, bytes, durationMillis, outcome,
                errorClass, reason, occurredAt);
    }
}
