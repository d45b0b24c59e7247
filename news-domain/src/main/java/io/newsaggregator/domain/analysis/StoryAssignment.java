package io.newsaggregator.domain.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Where the clusterer put an article: its story as it now stands, and the stories that merged
 * into it and no longer exist.
 */
public record StoryAssignment(Story story, List<String> absorbedStoryKeys) {
    public StoryAssignment {
        Objects.requireNonNull(story, "story");
        absorbedStoryKeys = List.copyOf(absorbedStoryKeys);
    }
}
