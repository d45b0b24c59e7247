package io.newsaggregator.domain.model;

/** Where an ingest run is. */
public enum IngestRunStatus {
    RUNNING, COMPLETED, FAILED
}
