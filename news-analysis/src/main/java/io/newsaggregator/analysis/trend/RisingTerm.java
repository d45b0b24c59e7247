package io.newsaggregator.analysis.trend;

import java.util.Objects;

/**
 * A term that rose on the scored day against its own recent baseline.
 *
 * @param term         the term
 * @param todayCount   articles containing it on the scored day
 * @param baselineMean mean articles per day containing it over the baseline days
 * @param score        burst score (a smoothed z-score; higher is a sharper rise)
 */
public record RisingTerm(String term, int todayCount, double baselineMean, double score) {

    public RisingTerm {
        Objects.requireNonNull(term, "term");
    }
}
