package io.newsaggregator.analysis;

import java.util.Objects;

/**
 * A ranked key phrase of one document.
 *
 * @param text the phrase as most often written in the document
 * @param key the stemmed, lower-cased words joined by single spaces; stable across documents, the
 *     key of {@link DocumentFrequencies}
 * @param score the ranking score (higher is more characteristic; comparable within one document)
 * @param occurrences how often the phrase occurs in the document
 */
record Keyphrase(String text, String key, double score, int occurrences) {

    public Keyphrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        if (occurrences < 1) {
            throw new IllegalArgumentException("occurrences must be >= 1, was " + occurrences);
        }
    }
}
