package io.newsaggregator.domain.model;

/** Identity of a stored {@link FetchEvent}. */
public record FetchEventId(long value) {
    public FetchEventId {
        if (value <= 0) {
            throw new IllegalArgumentException("FetchEventId must be positive, was " + value);
        }
    }

    public static FetchEventId of(long value) {
        return new FetchEventId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
