package io.newsaggregator.analysis;

/** A content word's term (stemmed, lower-cased) and how often it occurs in the text. */
record TermCount(String term, int count) {
}
