package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;

/**
 * Groups articles into stories as they arrive, one article at a time, without comparing all pairs.
 * Not thread-safe: feed it from one thread. Its state can be saved and restored so that clustering
 * goes on where the last run stopped.
 */
public interface StoryClusterer {
    StoryAssignment add(StoryInput article);

    /** The clusterer's state as bytes, for {@link StoryRepository#saveClustererState}. */
    byte[] exportState();
}
