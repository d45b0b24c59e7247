package io.newsaggregator.domain.model;

/** Identity of a stored {@link IngestRun}. */
public record IngestRunId(long value) {
    public IngestRunId {
        if (value <= 0) {
            throw new IllegalArgumentException("IngestRunId must be positive, was " + value);
        }
    }

    public static IngestRunId of(long value) {
        return new IngestRunId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
