package io.newsaggregator.analysis;

import java.util.List;
import java.util.Objects;

/** The words of one text in order, with the number of sentences they fall into. */
record TokenizedText(List<Token> tokens, int sentenceCount) {

    public TokenizedText {
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        if (sentenceCount < 0) {
            throw new IllegalArgumentException("sentenceCount must be >= 0, was " + sentenceCount);
        }
    }

    public static TokenizedText empty() {
        return new TokenizedText(List.of(), 0);
    }
}
