package io.newsaggregator.domain.model;

import java.util.Objects;

/** The stored identity of an upserted article and what the upsert did. */
public record UpsertResult(ArticleId articleId, String canonicalUrl, UpsertOutcome outcome) {
    public UpsertResult {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(outcome, "outcome");
    }
}
