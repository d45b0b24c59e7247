package io.newsaggregator.domain.report;

/** Headline counts of a report; all non-negative. */
public record Totals(long articles, long portals, long stories, long ingestRuns, long failedFetches) {
    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    public Totals {
        Counts.requireNonNegative(articles, "articles");
        Counts.requireNonNegative(portals, "portals");
        Counts.requireNonNegative(stories, "stories");
        Counts.requireNonNegative(ingestRuns, "ingestRuns");
        Counts.requireNonNegative(failedFetches, "failedFetches");
    }
}
