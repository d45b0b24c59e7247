package io.newsaggregator.analysis;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The persistent form of one story inside {@link StoryClustererState}: what later assignments
 * depend on, and no member ids (a store keeps membership itself; the number of members is the
 * sum of {@code coverage}). Portals and the representative article are in decimal.
 *
 * @param id                   story id
 * @param centroid             term weights summed over members (before IDF), pruned to the
 *                             strongest terms
 * @param firstSeenPortal      portal of the earliest member
 * @param firstSeenAt          time of the earliest member
 * @param lastSeenAt           time of the latest member
 * @param coverage             members per portal, each count at least 1
 * @param representativeId     the member closest to the centroid
 * @param representativeTitle  its title
 * @param representativeTerms  its term weights (to re-judge centrality when members join)
 */
record StoryRecord(
        String id,
        Map<String, Double> centroid,
        String firstSeenPortal,
        Instant firstSeenAt,
        Instant lastSeenAt,
        Map<String, Integer> coverage,
        String representativeId,
        String representativeTitle,
        Map<String, Double> representativeTerms) {

    public StoryRecord {
        Objects.requireNonNull(id, "id");
        centroid = Map.copyOf(Objects.requireNonNull(centroid, "centroid"));
        Objects.requireNonNull(firstSeenPortal, "firstSeenPortal");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        coverage = Map.copyOf(Objects.requireNonNull(coverage, "coverage"));
        Objects.requireNonNull(representativeId, "representativeId");
        Objects.requireNonNull(representativeTitle, "representativeTitle");
        representativeTerms = Map.copyOf(Objects.requireNonNull(representativeTerms, "representativeTerms"));
        if (coverage.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no members");
        }
        long members = 0;
        for (Map.Entry<String, Integer> entry : coverage.entrySet()) {
            if (entry.getValue() < 1) {
                throw new IllegalArgumentException("story " + id + " counts " + entry.getValue()
                        + " members of portal " + entry.getKey());
            }
            members += entry.getValue();
        }
        if (members > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("story " + id + " counts " + members + " members");
        }
    }

    /** Number of members, over all portals. */
    public int memberCount() {
        return memberCount(coverage);
    }

    /** The members a story counts over its portals. */
    static int memberCount(Map<?, Integer> coverage) {
        int members = 0;
        for (int count : coverage.values()) {
            members += count;
        }
        return members;
    }
}
