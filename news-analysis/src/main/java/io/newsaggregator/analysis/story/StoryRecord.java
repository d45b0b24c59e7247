package io.newsaggregator.analysis.story;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The persistent form of one story inside {@link StoryClustererState}.
 *
 * @param id                   story id
 * @param centroid             term weights summed over members (before IDF), pruned to the
 *                             strongest terms
 * @param memberIds            members in the order they joined
 * @param firstSeenPortal      portal of the earliest member
 * @param firstSeenAt          time of the earliest member
 * @param lastSeenAt           time of the latest member
 * @param coverage             members per portal
 * @param representativeId     the member closest to the centroid
 * @param representativeTitle  its title
 * @param representativeTerms  its term weights (to re-judge centrality when members join)
 */
public record StoryRecord(
        String id,
        Map<String, Double> centroid,
        List<String> memberIds,
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
        memberIds = List.copyOf(Objects.requireNonNull(memberIds, "memberIds"));
        Objects.requireNonNull(firstSeenPortal, "firstSeenPortal");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        coverage = Map.copyOf(Objects.requireNonNull(coverage, "coverage"));
        Objects.requireNonNull(representativeId, "representativeId");
        Objects.requireNonNull(representativeTitle, "representativeTitle");
        representativeTerms = Map.copyOf(Objects.requireNonNull(representativeTerms, "representativeTerms"));
        if (memberIds.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no members");
        }
    }
}
