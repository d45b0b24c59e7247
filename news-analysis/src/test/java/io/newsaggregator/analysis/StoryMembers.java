package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.port.out.StoryClusterer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of each story, kept from the assignments as a store keeps them: an article joins
 * the story it was assigned to, and an absorbed story's members move to the story that absorbed it.
 */
final class StoryMembers {

    private final Map<String, List<ArticleId>> members = new LinkedHashMap<>();

    /** Whether the assignment opened a new story: only a new story holds a single article. */
    static boolean opened(StoryAssignment assignment) {
        return assignment.story().articleCount() == 1;
    }

    /** Adds the article to the clusterer and records where it went. */
    StoryAssignment add(StoryClusterer clusterer, StoryInput article) {
        StoryAssignment assignment = clusterer.add(article);
        record(article.articleId(), assignment);
        return assignment;
    }

    void record(ArticleId article, StoryAssignment assignment) {
        List<ArticleId> story = members.computeIfAbsent(assignment.story().storyKey(), key -> new ArrayList<>());
        for (String absorbed : assignment.absorbedStoryKeys()) {
            List<ArticleId> moved = members.remove(absorbed);
            if (moved != null) {
                story.addAll(moved);
            }
        }
        story.add(article);
    }

    /** The members recorded for a story, in the order they were recorded; empty if none were. */
    List<ArticleId> of(String storyKey) {
        return List.copyOf(members.getOrDefault(storyKey, List.of()));
    }

    /** Each recorded article's story. */
    Map<ArticleId, String> storyOf() {
        Map<ArticleId, String> storyOf = new HashMap<>();
        members.forEach((story, articles) -> articles.forEach(article -> storyOf.put(article, story)));
        return storyOf;
    }
}
