package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One execution of ingest over a set of portals.
 *
 * @param id          null until stored
 * @param finishedAt  null while running
 * @param message     a readable summary or failure cause, or null
 * @param heartbeatAt the last time the run said it was alive, or null
 * @param leaseKey    key of the {@link io.newsaggregator.domain.port.out.RunLeases lease} its process
 *                    holds while running, or null (runs stored before leases existed)
 */
public record IngestRun(IngestRunId id, Instant startedAt, Instant finishedAt, IngestRunStatus status,
                        IngestCounts counts, String message, Instant heartbeatAt, Integer leaseKey) {
    public IngestRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
    }

    public static IngestRun start(Instant at) {
        return start(at, null);
    }

    /** A run starting now whose process holds the lease with {@code leaseKey}. */
    public static IngestRun start(Instant at, Integer leaseKey) {
        return new IngestRun(null, at, null, IngestRunStatus.RUNNING, IngestCounts.ZERO, null, at, leaseKey);
    }

    public IngestRun withId(IngestRunId newId) {
        return new IngestRun(newId, startedAt, finishedAt, status, counts, message, heartbeatAt, leaseKey);
    }

    public IngestRun finish(Instant at, IngestRunStatus finalStatus, IngestCounts finalCounts, String finalMessage) {
        return new IngestRun(id, startedAt, at, finalStatus, finalCounts, finalMessage, heartbeatAt, leaseKey);
    }

    /** The last sign of life: the heartbeat, or the start when there was none. */
    public Instant lastSignOfLife() {
        return heartbeatAt != null ? heartbeatAt : startedAt;
    }
}
