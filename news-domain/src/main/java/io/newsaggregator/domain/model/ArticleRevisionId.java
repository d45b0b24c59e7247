package io.newsaggregator.domain.model;

/** Identity of a stored {@link ArticleRevision}. */
public record ArticleRevisionId(long value) {
    public ArticleRevisionId {
        if (value <= 0) {
            throw new IllegalArgumentException("ArticleRevisionId must be positive, was " + value);
        }
    }

    public static ArticleRevisionId of(long value) {
        return new ArticleRevisionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
