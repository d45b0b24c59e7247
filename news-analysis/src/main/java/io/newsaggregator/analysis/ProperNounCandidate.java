package io.newsaggregator.analysis;

/**
 * A capitalised word sequence that is probably a name (person, organisation, place). A candidate
 * only: it is found by capitalisation, not by a trained named-entity model, so it also catches
 * capitalised common words (all German nouns, for one).
 *
 * @param text the sequence as first written
 * @param occurrences how often it occurs capitalised
 */
record ProperNounCandidate(String text, int occurrences) {
}
