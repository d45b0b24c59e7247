package io.newsaggregator.domain.model;

/** Identity of a {@link FrontierEntry}. */
public record FrontierEntryId(long value) {
    public FrontierEntryId {
        if (value <= 0) {
            throw new IllegalArgumentException("FrontierEntryId must be positive, was " + value);
        }
    }

    public static FrontierEntryId of(long value) {
        return new FrontierEntryId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
