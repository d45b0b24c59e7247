package io.newsaggregator.domain.model;

/** Identity of a stored {@link Category}. */
public record CategoryId(long value) {
    public CategoryId {
        if (value <= 0) {
            throw new IllegalArgumentException("CategoryId must be positive, was " + value);
        }
    }

    public static CategoryId of(long value) {
        return new CategoryId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
