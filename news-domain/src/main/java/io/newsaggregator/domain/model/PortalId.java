package io.newsaggregator.domain.model;

/** Identity of a stored {@link Portal}. */
public record PortalId(long value) {
    public PortalId {
        if (value <= 0) {
            throw new IllegalArgumentException("PortalId must be positive, was " + value);
        }
    }

    public static PortalId of(long value) {
        return new PortalId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
