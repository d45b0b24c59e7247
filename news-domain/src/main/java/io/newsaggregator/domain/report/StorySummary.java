package io.newsaggregator.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One story (a cluster of articles about the same event) and who covered it.
 *
 * @param label    a human-readable headline, usually the title of a representative article
 * @param coverage one entry per portal that covered the story
 */
public record StorySummary(
        String storyId,
        String label,
        List<String> topTerms,
        String firstSeenPortal,
        Instant firstSeenAt,
        long articleCount,
        List<StoryCoverage> coverage) {

    public StorySummary {
        Counts.requireText(storyId, "storyId");
        Objects.requireNonNull(label, "label");
        topTerms = List.copyOf(Objects.requireNonNull(topTerms, "topTerms"));
        Counts.requireText(firstSeenPortal, "firstSeenPortal");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Counts.requireNonNegative(articleCount, "articleCount");
        coverage = List.copyOf(Objects.requireNonNull(coverage, "coverage"));
    }
}
