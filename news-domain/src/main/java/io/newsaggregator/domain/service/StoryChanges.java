package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.port.out.StoryRepository;
import io.newsaggregator.domain.port.out.TermCountRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The story changes of one batch, collected so the store sees each story once: the latest state
 * of every touched story, which stories merged into which, and the article memberships. Keys of
 * absorbed stories resolve to the story that finally holds their members.
 */
final class StoryChanges {

    private record Membership(ArticleId article, String storyKey) {
    }

    private final Map<String, Story> latest = new LinkedHashMap<>();
    private final Map<String, String> absorbedInto = new HashMap<>();
    private final List<Membership> memberships = new ArrayList<>();
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
        memberships.add(new Membership(article, story.storyKey()));
    }

    /** The key of the story that holds the members of {@code storyKey} after this batch. */
    String resolve(String storyKey) {
        String current = storyKey;
        while (absorbedInto.containsKey(current)) {
            current = absorbedInto.get(current);
        }
        return current;
    }

    int opened() {
        return opened;
    }

    int merged() {
        return absorbedInto.size();
    }

    /**
     * Replaces the terms of every story to be saved by the words shown for them (one store read
     * for the terms the batch's own articles did not write); a term without a written form is left out.
     */
    void showTermsAs(ShownTerms shown, TermCountRepository store) {
        Set<String> terms = new LinkedHashSet<>();
        latest.values().forEach(story -> terms.addAll(story.topTerms()));
        if (terms.isEmpty()) {
            return;
        }
        Map<String, String> forms = shown.resolve(terms, store);
        latest.replaceAll((key, s) -> new Story(s.storyKey(), s.label(), shown.words(s.topTerms(), forms),
                s.firstPortalId(), s.firstSeenAt(), s.lastSeenAt(), s.articleCount(), s.coverage()));
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
        for (Membership membership : memberships) {
            members.put(membership.article(), resolve(membership.storyKey()));
        }
        stories.assignAll(members);
    }
}
