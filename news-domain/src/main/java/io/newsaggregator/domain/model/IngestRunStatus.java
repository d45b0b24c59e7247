package io.newsaggregator.domain.model;

/** Where an ingest run is. */
public enum IngestRunStatus {
    RUNNING,
    COMPLETED,
    /** Ended early because the data store was lost. */
    FAILED,
    /** Closed by a later run because its process was gone (no lease held, or no heartbeat for too long). */
    ABORTED
}
