package io.newsaggregator.domain.report;

import java.time.Instant;
import java.util.Objects;

/** How one portal covered one story: how many articles, and when the first appeared. */
public record StoryCoverage(String portal, long articleCount, Instant firstAt) {
    public StoryCoverage {
        Counts.requireText(portal, "portal");
        if (articleCount < 1) {
            throw new IllegalArgumentException("articleCount of a covering portal must be at least 1, was " + articleCount);
        }
        Objects.requireNonNull(firstAt, "firstAt");
    }
}
