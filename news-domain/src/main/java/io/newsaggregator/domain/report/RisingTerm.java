package io.newsaggregator.domain.report;

import java.util.Optional;

/**
 * A term used more today than usual.
 *
 * @param portal       the portal code the counts are for, or null when they span all portals
 * @param todayCount   occurrences on the last day of the period
 * @param baselineMean mean daily occurrences over the preceding baseline days
 * @param score        how unusual today's count is; higher ranks first (any finite value)
 */
public record RisingTerm(String term, String portal, long todayCount, double baselineMean, double score) {
    public RisingTerm {
        Counts.requireText(term, "term");
        if (portal != null) {
            Counts.requireText(portal, "portal");
        }
        Counts.requireNonNegative(todayCount, "todayCount");
        Counts.requireNonNegative(baselineMean, "baselineMean");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, was " + score);
        }
    }

    /** A term counted across all portals. */
    public static RisingTerm acrossPortals(String term, long todayCount, double baselineMean, double score) {
        return new RisingTerm(term, null, todayCount, baselineMean, score);
    }

    public Optional<String> portalCode() {
        return Optional.ofNullable(portal);
    }
}
