package io.newsaggregator.domain.analysis;

import java.util.Objects;

/**
 * A key phrase of an article.
 *
 * @param key  stemmed, lower-cased words joined by single spaces: the identity used for document frequencies
 * @param text the surface form shown to people
 */
public record ScoredPhrase(String key, String text, double score, int occurrences) {
    public ScoredPhrase {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
