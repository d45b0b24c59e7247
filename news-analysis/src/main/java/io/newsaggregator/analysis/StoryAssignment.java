package io.newsaggregator.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Where one article went.
 *
 * @param documentId     the article
 * @param storyId        the story it joined or opened
 * @param newStory       true when the article opened a new story
 * @param score          similarity to the chosen story (0 for a new story)
 * @param absorbedStoryIds stories merged into {@code storyId} because this article bridged them;
 *                       their ids no longer exist afterwards
 */
record StoryAssignment(String documentId, String storyId, boolean newStory, double score,
                              List<String> absorbedStoryIds) {

    public StoryAssignment {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(storyId, "storyId");
        absorbedStoryIds = List.copyOf(Objects.requireNonNull(absorbedStoryIds, "absorbedStoryIds"));
    }
}
