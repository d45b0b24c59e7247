package io.newsaggregator.domain.model;

/** Identity of a stored {@link Feed}. */
public record FeedId(long value) {
    public FeedId {
        if (value <= 0) {
            throw new IllegalArgumentException("FeedId must be positive, was " + value);
        }
    }

    public static FeedId of(long value) {
        return new FeedId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
