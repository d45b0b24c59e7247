package io.newsaggregator.domain.model;

/** Identity of a stored {@link Article}. */
public record ArticleId(long value) {
    public ArticleId {
        if (value <= 0) {
            throw new IllegalArgumentException("ArticleId must be positive, was " + value);
        }
    }

    public static ArticleId of(long value) {
        return new ArticleId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
