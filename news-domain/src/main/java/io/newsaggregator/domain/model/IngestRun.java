package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One execution of ingest over a set of portals.
 *
 * @param id         null until stored
 * @param finishedAt null while running
 * @param message    a readable summary or failure cause, or null
 */
public record IngestRun(IngestRunId id, Instant startedAt, Instant finishedAt, IngestRunStatus status,
                        IngestCounts counts, String message) {
    public IngestRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
    }

    public static IngestRun start(Instant at) {
        return new IngestRun(null, at, null, IngestRunStatus.RUNNING, IngestCounts.ZERO, null);
    }

    public IngestRun withId(IngestRunId newId) {
        return new IngestRun(newId, startedAt, finishedAt, status, counts, message);
    }

    public IngestRun finish(Instant at, IngestRunStatus finalStatus, IngestCounts finalCounts, String finalMessage) {
        return new IngestRun(id, startedAt, at, finalStatus, finalCounts, finalMessage);
    }
}
