package io.newsaggregator.analysis;

/**
 * One word of a text.
 *
 * @param surface the word as written
 * @param term the lower-cased, normalised and (for supported languages) stemmed form; stopwords are
 *     lower-cased but not stemmed
 * @param start offset of the first char in the analysed text
 * @param end offset after the last char
 * @param sentence index of the sentence the word is in, from 0
 * @param stopword whether the word is a stopword of the text's language
 * @param numeric whether the word has no letters (a number, a date part)
 * @param breakBefore whether punctuation, a sentence boundary or the text's start precedes the word
 *     (a hyphen or apostrophe inside a compound is no break)
 */
record Token(String surface, String term, int start, int end, int sentence, boolean stopword,
        boolean numeric, boolean breakBefore) {

    /** Whether the word starts with an upper-case letter. */
    public boolean capitalised() {
        return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }

    /** Whether the word can belong to a key phrase: not a stopword, not a number, not a lone char. */
    public boolean contentWord() {
        return !stopword && !numeric && surface.codePointCount(0, surface.length()) > 1;
    }
}
