package io.newsaggregator.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inverted index from centroid terms to the stories still open for new members. Stories leave
 * the index when their latest member falls out of the time window, so postings stay bounded by
 * the number of stories active in one window, not by the size of the archive.
 */
final class OpenStoryIndex {

    private static final Set<StoryCluster> NONE = Set.of();

    private final Map<String, Set<StoryCluster>> postings = new HashMap<>();
    private final TreeSet<StoryCluster> byLastSeen = new TreeSet<>(
            Comparator.comparing(StoryCluster::lastSeenAt).thenComparingLong(StoryCluster::number));

    void add(StoryCluster story) {
        Set<String> indexed = story.indexedTerms();
        for (String term : story.centroid().keySet()) {
            if (indexed.add(term)) {
                post(term, story);
            }
        }
        byLastSeen.add(story);
    }

    void remove(StoryCluster story) {
        for (String term : story.indexedTerms()) {
            unpost(term, story);
        }
        story.indexedTerms().clear();
        byLastSeen.remove(story);
    }

    /** Call before mutating an indexed story: its latest time orders the open set. */
    void beforeUpdate(StoryCluster story) {
        byLastSeen.remove(story);
    }

    /**
     * Call after mutating an indexed story with the terms the mutation added; a pruned centroid
     * also drops the postings of the terms it lost.
     */
    void afterUpdate(StoryCluster story, Collection<String> addedTerms, boolean pruned) {
        Set<String> indexed = story.indexedTerms();
        if (pruned) {
            for (Iterator<String> it = indexed.iterator(); it.hasNext(); ) {
                String term = it.next();
                if (!story.hasTerm(term)) {
                    it.remove();
                    unpost(term, story);
                }
            }
        }
        for (String term : addedTerms) {
            if (story.hasTerm(term) && indexed.add(term)) {
                post(term, story);
            }
        }
        byLastSeen.add(story);
    }

    private void post(String term, StoryCluster story) {
        postings.computeIfAbsent(term, t -> new HashSet<>()).add(story);
    }

    private void unpost(String term, StoryCluster story) {
        Set<StoryCluster> stories = postings.get(term);
        if (stories != null) {
            stories.remove(story);
            if (stories.isEmpty()) {
                postings.remove(term);
            }
        }
    }

    Set<StoryCluster> postings(String term) {
        return postings.getOrDefault(term, NONE);
    }

    /** Closes every story whose latest member is older than {@code cutoff}; returns them, oldest first. */
    List<StoryCluster> closeBefore(Instant cutoff) {
        List<StoryCluster> closed = new ArrayList<>();
        while (!byLastSeen.isEmpty() && byLastSeen.first().lastSeenAt().isBefore(cutoff)) {
            StoryCluster story = byLastSeen.first();
            remove(story);
            closed.add(story);
        }
        return closed;
    }

    int openStories() {
        return byLastSeen.size();
    }
}
