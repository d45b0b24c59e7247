package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Closed stories leave the clusterer without changing how it assigns articles. */
class ClosedStoriesTest {

    /** 4,000 articles over 40 days: eight windows of the default settings. */
    private static final List<StoryDocument> STREAM = MultiWindowStream.of(4_000, 40, 7);
    /** The defaults of the time the digest below was recorded (threshold 0.14, half-life two days, merges not decayed). */
    private static final StoryClustererSettings DROPPING = StoryClustererSettings.builder().threshold(0.14)
            .decayHalfLife(Duration.ofDays(2)).decayMerges(false).build();
    private static final StoryClustererSettings KEEPING = DROPPING.toBuilder().keepClosedStories(true).build();

    /**
     * Digest of {@link #describe} over {@link #STREAM}, recorded from the clusterer as it was when
     * it kept every story, open and closed, in memory and in its state.
     */
    private static final String ASSIGNMENTS_WHEN_EVERY_STORY_WAS_KEPT =
            "4e4e5352d89abb0225f965ef07b9706c021ec99fe073a3b4d27dc5170f54bc54";

    @Test
    void theStreamClosesStoriesOpensClosedOnesAtOnceAndMerges() {
        Instant watermark = STREAM.get(0).publishedAt();
        int stragglersBeyondTheWindow = 0;
        for (StoryDocument document : STREAM) {
            if (document.publishedAt().isBefore(watermark.minus(DROPPING.window()))) {
                stragglersBeyondTheWindow++;
            }
            watermark = document.publishedAt().isAfter(watermark) ? document.publishedAt() : watermark;
        }
        List<StoryAssignment> assignments = assign(new IncrementalStoryClusterer(DROPPING), STREAM);

        assertThat(Duration.between(STREAM.get(0).publishedAt(), watermark)).isGreaterThan(DROPPING.window().multipliedBy(7));
        assertThat(stragglersBeyondTheWindow).isGreaterThan(50);
        assertThat(assignments).filteredOn(a -> !a.absorbedStoryIds().isEmpty()).hasSizeGreaterThan(10);
        assertThat(assignments).filteredOn(StoryAssignment::newStory).hasSizeGreaterThan(400);
    }

    @Test
    void assignsEveryArticleAsTheClustererThatKeptEveryStory() {
        List<StoryAssignment> dropping = assign(new IncrementalStoryClusterer(DROPPING), STREAM);
        List<StoryAssignment> keeping = assign(new IncrementalStoryClusterer(KEEPING), STREAM);

        assertThat(digest(dropping)).isEqualTo(ASSIGNMENTS_WHEN_EVERY_STORY_WAS_KEPT);
        assertThat(keeping).isEqualTo(dropping);
    }

    @Test
    void keepingClosedStoriesListsEveryStoryOfTheRunWithTheMembersItsArticlesWereAssigned() {
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(KEEPING);
        List<StoryAssignment> assignments = assign(clusterer, STREAM);

        Map<String, String> expectedStoryOf = finalStoryOf(assignments);
        Map<String, String> listedStoryOf = new HashMap<>();
        for (Story story : clusterer.stories()) {
            story.memberIds().forEach(member -> assertThat(listedStoryOf.put(member, story.id())).isNull());
            assertThat(clusterer.story(story.id())).contains(story);
        }
        assertThat(listedStoryOf).isEqualTo(expectedStoryOf);
        assertThat(clusterer.stories()).extracting(story -> StoryCluster.parseNumber(story.id())).isSorted();
        assertThat(clusterer.stories().size()).isGreaterThan(5 * clusterer.openStories());
    }

    @Test
    void exportedStateHoldsExactlyTheStoriesWithAMemberInsideTheWindow() {
        IncrementalStoryClusterer dropping = new IncrementalStoryClusterer(DROPPING);
        IncrementalStoryClusterer keeping = new IncrementalStoryClusterer(KEEPING);
        List<Integer> stateSizes = new ArrayList<>();
        for (int i = 0; i < STREAM.size(); i++) {
            dropping.add(STREAM.get(i));
            keeping.add(STREAM.get(i));
            if ((i + 1) % 500 == 0) {
                StoryClustererState state = dropping.exportState();
                Instant cutoff = state.watermark().minus(DROPPING.window());
                Set<String> open = keeping.stories().stream()
                        .filter(story -> !story.lastSeenAt().isBefore(cutoff))
                        .map(Story::id).collect(Collectors.toSet());

                assertThat(state.stories()).extracting(StoryRecord::id).containsExactlyInAnyOrderElementsOf(open);
                // plus, until the next article, a story a straggler just opened closed
                assertThat(dropping.stories()).extracting(Story::id).containsAll(open)
                        .hasSizeLessThanOrEqualTo(open.size() + 1);
                assertThat(dropping.openStories()).isEqualTo(open.size());
                stateSizes.add(state.stories().size());
            }
        }
        int total = keeping.stories().size();
        assertThat(stateSizes).allSatisfy(size -> assertThat(size).isLessThan(total / 4));
        assertThat(stateSizes.get(stateSizes.size() - 1)).isLessThan(2 * stateSizes.get(1));
    }

    @Test
    void restoringAfterClosedStoriesWereDroppedContinuesExactlyAsTheUninterruptedRun() {
        IncrementalStoryClusterer uninterrupted = new IncrementalStoryClusterer(DROPPING);
        List<StoryAssignment> expected = assign(uninterrupted, STREAM);

        for (int stop : List.of(700, 2_000, 3_300)) {
            IncrementalStoryClusterer first = new IncrementalStoryClusterer(DROPPING);
            List<StoryAssignment> actual = new ArrayList<>(assign(first, STREAM.subList(0, stop)));
            IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(first.exportState(), DROPPING);
            actual.addAll(assign(restored, STREAM.subList(stop, STREAM.size())));

            assertThat(actual).as("restored after %d articles", stop).isEqualTo(expected);
            assertThat(restored.exportState()).isEqualTo(uninterrupted.exportState());
        }
    }

    @Test
    void restoringAStateThatStillHoldsClosedStoriesDropsThemAndAssignsTheSame() {
        IncrementalStoryClusterer first = new IncrementalStoryClusterer(DROPPING);
        assign(first, STREAM.subList(0, 2_000));
        StoryClustererState pruned = first.exportState();
        StoryRecord closed = closedRecord(pruned);
        List<StoryRecord> withClosed = new ArrayList<>(pruned.stories());
        withClosed.add(0, closed);
        StoryClustererState earlierFormat = new StoryClustererState(pruned.documentCount(),
                pruned.nextStoryNumber(), pruned.watermark(), pruned.documentFrequencies(), withClosed);

        IncrementalStoryClusterer fromEarlier = IncrementalStoryClusterer.restore(earlierFormat, DROPPING);
        IncrementalStoryClusterer keepingFromEarlier = IncrementalStoryClusterer.restore(earlierFormat, KEEPING);
        IncrementalStoryClusterer fromPruned = IncrementalStoryClusterer.restore(pruned, DROPPING);

        assertThat(fromEarlier.exportState()).isEqualTo(pruned);
        assertThat(fromEarlier.story(closed.id())).isEmpty();
        assertThat(keepingFromEarlier.story(closed.id())).hasValueSatisfying(story -> {
            assertThat(story.size()).isEqualTo(closed.memberCount());
            assertThat(story.coverage()).isEqualTo(closed.coverage());
            assertThat(story.label().representativeId()).isEqualTo(closed.representativeId());
        });
        List<StoryDocument> rest = STREAM.subList(2_000, STREAM.size());
        List<StoryAssignment> expected = assign(fromPruned, rest);
        assertThat(assign(fromEarlier, rest)).isEqualTo(expected);
        assertThat(assign(keepingFromEarlier, rest)).isEqualTo(expected);
    }

    @Test
    void theClosedStoryAStragglerOpensIsDescribedUntilTheNextArticleButNeverSaved() {
        StoryDocument now = StoryDocument.ofTitle("now", "herald", MultiWindowStream.START.plus(Duration.ofDays(30)),
                "Harbour bridge reopens", List.of("harbour", "bridg", "reopen"));
        StoryDocument straggler = StoryDocument.ofTitle("late", "courier", MultiWindowStream.START,
                "Lighthouse keeper retires", List.of("lighthous", "keeper", "retir"));
        StoryDocument next = StoryDocument.ofTitle("next", "herald", now.publishedAt().plusSeconds(60),
                "Ferry timetable changes", List.of("ferri", "timet", "chang"));
        IncrementalStoryClusterer dropping = new IncrementalStoryClusterer(DROPPING);
        IncrementalStoryClusterer keeping = new IncrementalStoryClusterer(KEEPING);
        dropping.add(now);
        keeping.add(now);

        StoryAssignment late = dropping.add(straggler);
        keeping.add(straggler);

        assertThat(late.newStory()).isTrue();
        assertThat(dropping.story(late.storyId())).hasValueSatisfying(story -> {
            assertThat(story.size()).isEqualTo(1);
            assertThat(story.label().representativeId()).isEqualTo("late");
        });
        assertThat(dropping.exportState().stories()).extracting(StoryRecord::id).doesNotContain(late.storyId());
        assertThat(dropping.openStories()).isEqualTo(1);
        dropping.add(next);
        keeping.add(next);
        assertThat(dropping.story(late.storyId())).isEmpty();
        assertThat(dropping.stories()).extracting(Story::id).doesNotContain(late.storyId());
        assertThat(keeping.story(late.storyId())).hasValueSatisfying(story ->
                assertThat(story.memberIds()).containsExactly("late"));
    }

    /** A story that closed before the state's watermark, under a number the state never used. */
    private static StoryRecord closedRecord(StoryClustererState state) {
        Set<String> used = state.stories().stream().map(StoryRecord::id).collect(Collectors.toSet());
        long number = 1;
        while (used.contains(StoryCluster.idOf(number))) {
            number++;
        }
        Instant lastSeen = state.watermark().minus(DROPPING.window()).minus(Duration.ofHours(1));
        return new StoryRecord(StoryCluster.idOf(number), Map.of("topic1term1", 1.0), "portal1", lastSeen.minus(Duration.ofHours(5)), lastSeen, Map.of("portal1", 2), "old-1",
                "An old story", Map.of("topic1term1", 1.0));
    }

    private static List<StoryAssignment> assign(IncrementalStoryClusterer clusterer, List<StoryDocument> documents) {
        return documents.stream().map(clusterer::add).toList();
    }

    /** Article to the story it ends up in, following later merges. */
    private static Map<String, String> finalStoryOf(List<StoryAssignment> assignments) {
        Map<String, String> absorbedInto = new HashMap<>();
        assignments.forEach(a -> a.absorbedStoryIds().forEach(absorbed -> absorbedInto.put(absorbed, a.storyId())));
        Map<String, String> storyOf = new HashMap<>();
        for (StoryAssignment assignment : assignments) {
            String story = assignment.storyId();
            while (absorbedInto.containsKey(story)) {
                story = absorbedInto.get(story);
            }
            storyOf.put(assignment.documentId(), story);
        }
        return storyOf;
    }

    /** Where each article went, merges included; scores left out as they only decide the rest. */
    private static String digest(List<StoryAssignment> assignments) {
        StringBuilder text = new StringBuilder();
        for (StoryAssignment a : assignments) {
            text.append(a.documentId()).append('>').append(a.storyId()).append(a.newStory() ? "*" : "")
                    .append(a.absorbedStoryIds()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
