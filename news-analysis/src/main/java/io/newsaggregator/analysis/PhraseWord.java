package io.newsaggregator.analysis;

import java.util.Objects;

/**
 * One word of a document as key-phrase extraction sees it.
 *
 * @param surface the word as written
 * @param term its stemmed, lower-cased form
 * @param content whether it may be part of a phrase (not a stopword, number or lone character)
 * @param breakBefore whether a phrase must not continue across the gap before this word
 * @param joiner the text that joins this word to the previous one in a phrase: a space, or the
 *     hyphen/apostrophe that was there
 * @param inTitle whether the word is in the document's title
 */
record PhraseWord(String surface, String term, boolean content, boolean breakBefore, String joiner,
        boolean inTitle) {

    public PhraseWord {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(joiner, "joiner");
    }
}
