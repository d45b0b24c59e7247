package io.newsaggregator.analysis;

import java.util.Objects;

/**
 * One candidate phrase of a document (a single word included).
 *
 * @param text        the phrase as the document wrote it most often; on a tie the form met first
 * @param occurrences how often the document has it
 */
record PhraseCount(String text, int occurrences) {
    public PhraseCount {
        Objects.requireNonNull(text, "text");
    }
}
