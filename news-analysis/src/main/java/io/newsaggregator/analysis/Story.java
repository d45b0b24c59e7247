package io.newsaggregator.analysis;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A snapshot of one story: articles from one or more portals reporting the same event.
 *
 * @param id              stable story id ({@code s1}, {@code s2}, ... in order of creation)
 * @param label           representative title and top terms
 * @param firstSeenPortal portal of the earliest member
 * @param firstSeenAt     publication time of the earliest member
 * @param lastSeenAt      publication time of the latest member
 * @param memberIds       article ids in the order they joined, when the clusterer keeps them
 *                        ({@link StoryClustererSettings#keepClosedStories()}) and has known the
 *                        story since its first member; otherwise empty (a story restored from a
 *                        saved state, which holds no member ids, stays without them)
 * @param coverage        number of members per portal, portals in alphabetical order
 */
record Story(
        String id,
        StoryLabel label,
        String firstSeenPortal,
        Instant firstSeenAt,
        Instant lastSeenAt,
        List<String> memberIds,
        Map<String, Integer> coverage) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(firstSeenPortal, "firstSeenPortal");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        memberIds = List.copyOf(Objects.requireNonNull(memberIds, "memberIds"));
        coverage = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(coverage, "coverage")));
        if (!memberIds.isEmpty() && memberIds.size() != sum(coverage)) {
            throw new IllegalArgumentException("story " + id + " lists " + memberIds.size()
                    + " member ids but its coverage counts " + sum(coverage) + " members");
        }
    }

    /** Number of members, known whether or not their ids are kept. */
    public int size() {
        return sum(coverage);
    }

    static int sum(Map<String, Integer> coverage) {
        int members = 0;
        for (int count : coverage.values()) {
            members += count;
        }
        return members;
    }
}
