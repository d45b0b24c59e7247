package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.port.out.StoryRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story changes of one batch, collected so the store sees each story once: the latest state
 * of every touched story, which stories merged into which, and the article memberships. Keys of
 * absorbed stories resolve to the story that finally holds their members.
 */
final class StoryChanges {

    private final Map<String, Story> latest = new LinkedHashMap<>();
    private final Map<String, String> absorbedInto = new HashMap<>();
    /** Each article's story as it was placed, in order of placement. */
    private final Map<ArticleId, String> memberships = new LinkedHashMap<>();
    private int opened;

    void record(ArticleId article, StoryAssignment assignment) {
        Story story = assignment.story();
        if (!latest.containsKey(story.storyKey()) && story.articleCount() == 1) {
            opened++;
        }
        latest.put(story.storyKey(), story);
        for (String absorbed : assignment.absorbedStoryKeys()) {
            absorbedInto.put(absorbed, story.storyKey());
            latest.remove(absorbed);
        }
        memberships.put(article, story.storyKey());
    }

    /** The key of the story that holds the members of {@code storyKey} after this batch. */
    String resolve(String storyKey) {
        String current = storyKey;
        while (absorbedInto.containsKey(current)) {
            current = absorbedInto.get(current);
        }
        return current;
    }

    /** The key of the story that holds {@code article} after this batch, if the batch placed it. */
    String storyOf(ArticleId article) {
        String placed = memberships.get(article);
        if (placed == null) {
            throw new IllegalArgumentException("article " + article + " was not placed in this batch");
        }
        return resolve(placed);
    }

    int opened() {
        return opened;
    }

    int merged() {
        return absorbedInto.size();
    }

    /** Saves the surviving stories, then merges, then memberships. */
    void applyTo(StoryRepository stories) {
        if (latest.isEmpty()) {
            return;
        }
        stories.saveAll(latest.values());
        Map<String, List<String>> mergesBySurvivor = new LinkedHashMap<>();
        for (String absorbed : absorbedInto.keySet().stream().sorted().toList()) {
            mergesBySurvivor.computeIfAbsent(resolve(absorbed), k -> new ArrayList<>()).add(absorbed);
        }
        mergesBySurvivor.forEach((survivor, absorbed) -> stories.merge(absorbed, survivor));
        Map<ArticleId, String> members = new LinkedHashMap<>();
        memberships.forEach((article, storyKey) -> members.put(article, resolve(storyKey)));
        stories.assignAll(members);
    }
}
