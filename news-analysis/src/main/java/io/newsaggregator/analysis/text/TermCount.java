package io.newsaggregator.analysis.text;

/** A content word's term (stemmed, lower-cased) and how often it occurs in the text. */
public record TermCount(String term, int count) {
}
