package io.newsaggregator.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link IncrementalStoryClusterer} needs to continue where it stopped, as plain
 * values a store can persist. Restoring it with the same settings yields the same assignments
 * for the articles that follow.
 *
 * @param documentCount         articles seen
 * @param nextStoryNumber       number of the next story id
 * @param watermark             latest publication time seen (null before the first article)
 * @param documentFrequencies   per term, the number of articles that contained it
 * @param stories               the open stories, in order of creation, with member counts but no
 *                              member ids (closed stories never take part again; a state from an
 *                              earlier version may still hold them, and restoring drops them)
 */
record StoryClustererState(
        long documentCount,
        long nextStoryNumber,
        Instant watermark,
        Map<String, Integer> documentFrequencies,
        List<StoryRecord> stories) {

    public StoryClustererState {
        if (documentCount < 0) {
            throw new IllegalArgumentException("documentCount must be >= 0: " + documentCount);
        }
        if (nextStoryNumber < 1) {
            throw new IllegalArgumentException("nextStoryNumber must be >= 1: " + nextStoryNumber);
        }
        documentFrequencies = Map.copyOf(Objects.requireNonNull(documentFrequencies, "documentFrequencies"));
        stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
    }
}
