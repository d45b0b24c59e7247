package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Closed stories leave the clusterer without changing how it assigns articles. */
class ClosedStoriesTest {

    /** 4,000 articles over 40 days: eight windows of the default settings. */
    private static final List<StoryInput> STREAM = MultiWindowStream.of(4_000, 40, 7);
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
        Instant watermark = STREAM.get(0).seenAt();
        int stragglersBeyondTheWindow = 0;
        for (StoryInput document : STREAM) {
            if (document.seenAt().isBefore(watermark.minus(DROPPING.window()))) {
                stragglersBeyondTheWindow++;
            }
            watermark = document.seenAt().isAfter(watermark) ? document.seenAt() : watermark;
        }
        List<StoryAssignment> assignments = assign(new IncrementalStoryClusterer(DROPPING), STREAM);

        assertThat(Duration.between(STREAM.get(0).seenAt(), watermark)).isGreaterThan(DROPPING.window().multipliedBy(7));
        assertThat(stragglersBeyondTheWindow).isGreaterThan(50);
        assertThat(assignments).filteredOn(a -> !a.absorbedStoryKeys().isEmpty()).hasSizeGreaterThan(10);
        assertThat(assignments).filteredOn(StoryMembers::opened).hasSizeGreaterThan(400);
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
        StoryMembers members = new StoryMembers();
        List<StoryAssignment> assignments = STREAM.stream().map(article -> members.add(clusterer, article)).toList();

        Map<ArticleId, String> expectedStoryOf = finalStoryOf(assignments);
        assertThat(members.storyOf()).isEqualTo(expectedStoryOf);
        Set<String> listed = new HashSet<>();
        for (Story story : clusterer.stories()) {
            assertThat(story.articleCount()).isEqualTo(members.of(story.storyKey()).size());
            assertThat(clusterer.story(story.storyKey())).contains(story);
            listed.add(story.storyKey());
        }
        assertThat(listed).isEqualTo(new HashSet<>(expectedStoryOf.values()));
        assertThat(clusterer.stories()).extracting(story -> StoryCluster.parseNumber(story.storyKey())).isSorted();
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
                StoryClustererState state = dropping.state();
                Instant cutoff = state.watermark().minus(DROPPING.window());
                Set<String> open = keeping.stories().stream()
                        .filter(story -> !story.lastSeenAt().isBefore(cutoff))
                        .map(Story::storyKey).collect(Collectors.toSet());

                assertThat(state.stories()).extracting(StoryRecord::id).containsExactlyInAnyOrderElementsOf(open);
                // plus, until the next article, a story a straggler just opened closed
                assertThat(dropping.stories()).extracting(Story::storyKey).containsAll(open)
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
            IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(first.state(), DROPPING);
            actual.addAll(assign(restored, STREAM.subList(stop, STREAM.size())));

            assertThat(actual).as("restored after %d articles", stop).isEqualTo(expected);
            assertThat(restored.state()).isEqualTo(uninterrupted.state());
        }
    }

    @Test
    void restoringAStateThatStillHoldsClosedStoriesDropsThemAndAssignsTheSame() {
        IncrementalStoryClusterer first = new IncrementalStoryClusterer(DROPPING);
        assign(first, STREAM.subList(0, 2_000));
        StoryClustererState pruned = first.state();
        StoryRecord closed = closedRecord(pruned);
        List<StoryRecord> withClosed = new ArrayList<>(pruned.stories());
        withClosed.add(0, closed);
        StoryClustererState earlierFormat = new StoryClustererState(pruned.documentCount(),
                pruned.nextStoryNumber(), pruned.watermark(), pruned.documentFrequencies(), withClosed);

        IncrementalStoryClusterer fromEarlier = IncrementalStoryClusterer.restore(earlierFormat, DROPPING);
        IncrementalStoryClusterer keepingFromEarlier = IncrementalStoryClusterer.restore(earlierFormat, KEEPING);
        IncrementalStoryClusterer fromPruned = IncrementalStoryClusterer.restore(pruned, DROPPING);

        assertThat(fromEarlier.state()).isEqualTo(pruned);
        assertThat(fromEarlier.story(closed.id())).isEmpty();
        assertThat(keepingFromEarlier.story(closed.id())).hasValueSatisfying(story -> {
            assertThat(story.articleCount()).isEqualTo(closed.memberCount());
            assertThat(story.coverage()).isEqualTo(Map.of(PortalId.of(1), 2));
            assertThat(story.label()).isEqualTo(closed.representativeTitle());
        });
        List<StoryInput> rest = STREAM.subList(2_000, STREAM.size());
        List<StoryAssignment> expected = assign(fromPruned, rest);
        assertThat(assign(fromEarlier, rest)).isEqualTo(expected);
        assertThat(assign(keepingFromEarlier, rest)).isEqualTo(expected);
    }

    @Test
    void theClosedStoryAStragglerOpensIsDescribedUntilTheNextArticleButNeverSaved() {
        StoryInput now = StoryInputs.ofTitle(1, 1, MultiWindowStream.START.plus(Duration.ofDays(30)),
                "Harbour bridge reopens", List.of("harbour", "bridg", "reopen"));
        StoryInput straggler = StoryInputs.ofTitle(2, 2, MultiWindowStream.START,
                "Lighthouse keeper retires", List.of("lighthous", "keeper", "retir"));
        StoryInput next = StoryInputs.ofTitle(3, 1, now.seenAt().plusSeconds(60),
                "Ferry timetable changes", List.of("ferri", "timet", "chang"));
        IncrementalStoryClusterer dropping = new IncrementalStoryClusterer(DROPPING);
        IncrementalStoryClusterer keeping = new IncrementalStoryClusterer(KEEPING);
        dropping.add(now);
        keeping.add(now);

        StoryAssignment late = dropping.add(straggler);
        keeping.add(straggler);

        String lateStory = late.story().storyKey();
        assertThat(StoryMembers.opened(late)).isTrue();
        assertThat(dropping.story(lateStory)).hasValueSatisfying(story -> {
            assertThat(story.articleCount()).isEqualTo(1);
            assertThat(story.label()).isEqualTo("Lighthouse keeper retires");
        });
        assertThat(dropping.state().stories()).extracting(StoryRecord::id).doesNotContain(lateStory);
        assertThat(dropping.openStories()).isEqualTo(1);
        dropping.add(next);
        keeping.add(next);
        assertThat(dropping.story(lateStory)).isEmpty();
        assertThat(dropping.stories()).extracting(Story::storyKey).doesNotContain(lateStory);
        assertThat(keeping.story(lateStory)).hasValueSatisfying(story ->
                assertThat(story.firstPortalId()).isEqualTo(PortalId.of(2)));
    }

    /** A story that closed before the state's watermark, under a number the state never used. */
    private static StoryRecord closedRecord(StoryClustererState state) {
        Set<String> used = state.stories().stream().map(StoryRecord::id).collect(Collectors.toSet());
        long number = 1;
        while (used.contains(StoryCluster.idOf(number))) {
            number++;
        }
        Instant lastSeen = state.watermark().minus(DROPPING.window()).minus(Duration.ofHours(1));
        return new StoryRecord(StoryCluster.idOf(number), Map.of("topic1term1", 1.0), "1", lastSeen.minus(Duration.ofHours(5)), lastSeen, Map.of("1", 2), "99999",
                "An old story", Map.of("topic1term1", 1.0));
    }

    private static List<StoryAssignment> assign(IncrementalStoryClusterer clusterer, List<StoryInput> documents) {
        return documents.stream().map(clusterer::add).toList();
    }

    /** Article to the story it ends up in, following later merges. */
    private static Map<ArticleId, String> finalStoryOf(List<StoryAssignment> assignments) {
        Map<String, String> absorbedInto = new HashMap<>();
        assignments.forEach(a -> a.absorbedStoryKeys().forEach(absorbed -> absorbedInto.put(absorbed, a.story().storyKey())));
        Map<ArticleId, String> storyOf = new HashMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            String story = assignments.get(i).story().storyKey();
            while (absorbedInto.containsKey(story)) {
                story = absorbedInto.get(story);
            }
            storyOf.put(STREAM.get(i).articleId(), story);
        }
        return storyOf;
    }

    /**
     * Where each article of {@link #STREAM} went, merges included, written as when articles were
     * named {@code a0, a1, ...} after their position and a new story was marked {@code *}.
     */
    private static String digest(List<StoryAssignment> assignments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < assignments.size(); i++) {
            StoryAssignment a = assignments.get(i);
            text.append('a').append(i).append('>').append(a.story().storyKey()).append(StoryMembers.opened(a) ? "*" : "")
                    .append(a.absorbedStoryKeys()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
