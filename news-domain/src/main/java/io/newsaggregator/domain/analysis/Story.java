package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Articles from one or more portals that report the same event.
 *
 * @param storyKey   stable identity given by the clusterer
 * @param label      the most representative title
 * @param coverage   articles per portal
 */
public record Story(String storyKey, String label, List<String> topTerms, PortalId firstPortalId, Instant firstSeenAt,
                    Instant lastSeenAt, int articleCount, Map<PortalId, Integer> coverage) {
    public Story {
        Objects.requireNonNull(storyKey, "storyKey");
        Objects.requireNonNull(label, "label");
        topTerms = List.copyOf(topTerms);
        Objects.requireNonNull(firstPortalId, "firstPortalId");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        coverage = Map.copyOf(coverage);
    }

    public int portalCount() {
        return coverage.size();
    }
}
