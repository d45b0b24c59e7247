package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IncrementalStoryClustererTest {

    private static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");
    private static final EnglishStoryInputs ENGLISH = new EnglishStoryInputs();

    private static final long HERALD = 1;
    private static final long COURIER = 2;
    private static final long GAZETTE = 3;

    private static StoryInput doc(long id, long portal, Duration after, String title, String body) {
        return ENGLISH.document(id, portal, T0.plus(after), title, body);
    }

    private static final StoryInput DAM_HERALD = doc(1, HERALD, Duration.ZERO,
            "Dam failure floods Riverton valley, hundreds evacuated",
            "The Kessel dam above Riverton collapsed on Tuesday night after heavy rain, flooding the valley "
                    + "and forcing hundreds of residents to evacuate. Emergency crews said the water reached "
                    + "the town centre by midnight.");
    private static final StoryInput DAM_COURIER = doc(2, COURIER, Duration.ofHours(2),
            "Hundreds flee as Kessel dam bursts near Riverton",
            "Residents of Riverton fled their homes overnight when the Kessel dam burst after days of heavy "
                    + "rain. Emergency services evacuated hundreds and the flooding reached the town centre.");
    private static final StoryInput RATES_COURIER = doc(3, COURIER, Duration.ofHours(3),
            "Central bank raises interest rates to curb inflation",
            "The central bank raised its main interest rate by half a point on Tuesday, saying inflation "
                    + "remained too high. Economists expect further rises this year.");
    private static final StoryInput DAM_GAZETTE = doc(4, GAZETTE, Duration.ofHours(20),
            "Riverton flood: Kessel dam collapse leaves town under water",
            "A day after the Kessel dam collapsed, much of Riverton remains under water. Emergency crews "
                    + "continue to evacuate residents as the heavy rain eases.");
    private static final StoryInput MATCH_HERALD = doc(5, HERALD, Duration.ofHours(21),
            "Northport United win the cup final on penalties",
            "Northport United beat Easton Rovers on penalties in the cup final after a goalless draw. "
                    + "The goalkeeper saved two penalties.");
    private static final StoryInput RATES_HERALD = doc(6, HERALD, Duration.ofHours(22),
            "Inflation fight: central bank lifts interest rates by half a point",
            "Borrowing costs rise again as the central bank lifts its main interest rate by half a point "
                    + "to bring inflation down.");

    private static IncrementalStoryClusterer clusterer() {
        return new IncrementalStoryClusterer(StoryClustererSettings.defaults());
    }

    /** A clusterer that goes on listing stories after they close. */
    private static IncrementalStoryClusterer keepingClosedStories() {
        return new IncrementalStoryClusterer(StoryClustererSettings.builder().keepClosedStories(true).build());
    }

    @Test
    void twoRewritesOfOneEventFromDifferentPortalsShareAStoryButAnUnrelatedArticleDoesNot() {
        IncrementalStoryClusterer clusterer = keepingClosedStories();

        StoryAssignment first = clusterer.add(DAM_HERALD);
        StoryAssignment second = clusterer.add(DAM_COURIER);
        StoryAssignment unrelated = clusterer.add(RATES_COURIER);

        assertThat(StoryMembers.opened(first)).isTrue();
        assertThat(StoryMembers.opened(second)).isFalse();
        assertThat(second.story().storyKey()).isEqualTo(first.story().storyKey());
        assertThat(StoryMembers.opened(unrelated)).isTrue();
        assertThat(unrelated.story().storyKey()).isNotEqualTo(first.story().storyKey());
        assertThat(clusterer.stories()).extracting(Story::articleCount).containsExactly(2, 1);
    }

    @Test
    void aThirdPortalsArticleJoinsTheStoryWhenItArrivesLater() {
        IncrementalStoryClusterer clusterer = keepingClosedStories();
        String damStory = clusterer.add(DAM_HERALD).story().storyKey();
        clusterer.add(DAM_COURIER);
        clusterer.add(RATES_COURIER);
        clusterer.add(MATCH_HERALD);

        StoryAssignment later = clusterer.add(DAM_GAZETTE);

        assertThat(later.story().storyKey()).isEqualTo(damStory);
        assertThat(clusterer.story(damStory)).get().extracting(Story::articleCount).isEqualTo(3);
        assertThat(clusterer.stories()).hasSize(3);
    }

    @Test
    void sameEventArticlesAMonthApartStayInSeparateStories() {
        IncrementalStoryClusterer clusterer = clusterer();
        StoryInput monthLater = doc(7, COURIER, Duration.ofDays(30),
                DAM_COURIER.title(), String.join(" ", DAM_COURIER.bodyTerms()));

        StoryAssignment first = clusterer.add(DAM_HERALD);
        StoryAssignment second = clusterer.add(monthLater);

        assertThat(StoryMembers.opened(second)).isTrue();
        assertThat(second.story().storyKey()).isNotEqualTo(first.story().storyKey());
        assertThat(clusterer.openStories()).isEqualTo(1);
    }

    @Test
    void theWindowAloneClosesAStoryEvenWithoutTimeDecay() {
        StoryClustererSettings noDecay = StoryClustererSettings.builder()
                .decayHalfLife(Duration.ofDays(100_000)).build();
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(noDecay);
        StoryInput sameTextMonthLater = ENGLISH.document(8, HERALD,
                T0.plus(Duration.ofDays(30)), DAM_HERALD.title(), String.join(" ", DAM_HERALD.bodyTerms()));
        StoryInput sameTextNextDay = ENGLISH.document(9, HERALD,
                T0.plus(Duration.ofDays(1)), DAM_HERALD.title(), String.join(" ", DAM_HERALD.bodyTerms()));

        String story = clusterer.add(DAM_HERALD).story().storyKey();
        StoryAssignment nextDay = clusterer.add(sameTextNextDay);
        StoryAssignment monthLater = clusterer.add(sameTextMonthLater);

        assertThat(nextDay.story().storyKey()).isEqualTo(story);
        assertThat(StoryMembers.opened(monthLater)).isTrue();
    }

    @Test
    void anArticleBridgingTwoConvergingStoriesMergesThemIntoTheOlderOne() {
        IncrementalStoryClusterer clusterer = keepingClosedStories();
        StoryAssignment dam = clusterer.add(ENGLISH.document(21, HERALD, T0, "Kessel dam collapses", null));
        StoryAssignment evacuation = clusterer.add(ENGLISH.document(22, COURIER, T0.plusSeconds(60),
                "Riverton residents evacuated", null));

        StoryAssignment bridge = clusterer.add(ENGLISH.document(23, GAZETTE, T0.plusSeconds(120),
                "Kessel dam collapse: Riverton residents evacuated", null));

        assertThat(evacuation.story().storyKey()).isNotEqualTo(dam.story().storyKey());
        assertThat(bridge.story().storyKey()).isEqualTo(dam.story().storyKey());
        assertThat(bridge.absorbedStoryKeys()).containsExactly(evacuation.story().storyKey());
        assertThat(clusterer.stories()).singleElement().satisfies(story -> {
            assertThat(story.articleCount()).isEqualTo(3);
            assertThat(story.coverage()).isEqualTo(Map.of(PortalId.of(HERALD), 1, PortalId.of(COURIER), 1, PortalId.of(GAZETTE), 1));
        });
        assertThat(clusterer.story(evacuation.story().storyKey())).isEmpty();
    }

    @Test
    void storiesThatBeganADayApartNeedFarCloserCentroidsToMerge() {
        List<StoryAssignment> undecayed = dayApartStories(StoryClustererSettings.builder().keepClosedStories(true)
                .decayMerges(false).build());
        List<StoryAssignment> decayed = dayApartStories(StoryClustererSettings.builder().keepClosedStories(true)
                .build());

        assertThat(undecayed.get(2).story().storyKey()).isNotEqualTo(undecayed.get(0).story().storyKey());
        assertThat(undecayed.get(3).absorbedStoryKeys()).containsExactly(undecayed.get(2).story().storyKey());
        assertThat(decayed.subList(0, 3)).isEqualTo(undecayed.subList(0, 3));
        assertThat(decayed.get(3).absorbedStoryKeys()).isEmpty();
    }

    /**
     * A story that began yesterday and got a member this morning, a new story opened this
     * morning, and an article bridging both.
     */
    private static List<StoryAssignment> dayApartStories(StoryClustererSettings settings) {
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(settings);
        Instant morning = T0.plus(Duration.ofHours(20));
        return List.of(
                clusterer.add(ENGLISH.document(21, HERALD, T0, "Kessel dam collapses", null)),
                clusterer.add(ENGLISH.document(22, COURIER, morning, "Kessel dam collapses", null)),
                clusterer.add(ENGLISH.document(23, GAZETTE, morning.plusSeconds(60), "Riverton residents evacuated",
                        null)),
                clusterer.add(ENGLISH.document(24, HERALD, morning.plusSeconds(120),
                        "Kessel dam collapse: Riverton residents evacuated", null)));
    }

    @Test
    void anArticleJustInsideTheWindowStillJoins() {
        // a half-life as long as the gap, so that the window's edge is what this tests, not the decay
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(
                StoryClustererSettings.builder().window(Duration.ofDays(3)).decayHalfLife(Duration.ofDays(2)).build());
        StoryInput twoDaysLater = doc(10, COURIER, Duration.ofDays(2),
                DAM_COURIER.title(), "Residents of Riverton fled their homes when the Kessel dam burst.");

        String story = clusterer.add(DAM_HERALD).story().storyKey();

        assertThat(clusterer.add(twoDaysLater).story().storyKey()).isEqualTo(story);
    }

    @Test
    void restoredStateAssignsFollowingArticlesExactlyAsTheOriginal() {
        List<StoryInput> before = List.of(DAM_HERALD, DAM_COURIER, RATES_COURIER);
        List<StoryInput> after = List.of(MATCH_HERALD, DAM_GAZETTE, RATES_HERALD);
        IncrementalStoryClusterer original = clusterer();
        before.forEach(original::add);

        StoryClustererState state = original.state();
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(
                copyThroughConstructors(state), StoryClustererSettings.defaults());

        List<StoryAssignment> fromOriginal = new ArrayList<>();
        List<StoryAssignment> fromRestored = new ArrayList<>();
        for (StoryInput document : after) {
            fromOriginal.add(original.add(document));
            fromRestored.add(restored.add(document));
        }
        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(restored.stories()).isEqualTo(original.stories());
        assertThat(restored.state()).isEqualTo(original.state());
        assertThat(fromRestored).extracting(StoryMembers::opened).containsExactly(true, false, false);
    }

    @Test
    void aStragglerOlderThanTheWindowOpensAClosedStoryAlsoAfterARestore() {
        StoryInput straggler = doc(11, COURIER, Duration.ofDays(-30),
                "Kessel dam inspection finds cracks", "Inspectors found cracks in the Kessel dam above Riverton.");
        StoryInput follower = doc(12, HERALD, Duration.ofDays(-30).plusHours(1),
                "Kessel dam cracks found by inspectors", "Cracks were found in the Kessel dam above Riverton.");
        IncrementalStoryClusterer original = clusterer();
        original.add(DAM_HERALD);
        StoryAssignment late = original.add(straggler);
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(original.state(),
                StoryClustererSettings.defaults());

        StoryAssignment fromOriginal = original.add(follower);
        StoryAssignment fromRestored = restored.add(follower);

        assertThat(StoryMembers.opened(late)).isTrue();
        assertThat(original.openStories()).isEqualTo(1);
        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(StoryMembers.opened(fromOriginal)).isTrue();
    }

    /** Rebuilds the state from its plain parts, as a store reading it back would. */
    private static StoryClustererState copyThroughConstructors(StoryClustererState state) {
        List<StoryRecord> stories = state.stories().stream()
                .map(s -> new StoryRecord(s.id(), Map.copyOf(s.centroid()), s.firstSeenPortal(), s.firstSeenAt(), s.lastSeenAt(), Map.copyOf(s.coverage()),
                        s.representativeId(), s.representativeTitle(), Map.copyOf(s.representativeTerms())))
                .toList();
        return new StoryClustererState(state.documentCount(), state.nextStoryNumber(), state.watermark(),
                Map.copyOf(state.documentFrequencies()), stories);
    }

    @Test
    void labelIsTheTitleOfTheMemberClosestToTheCentroid() {
        IncrementalStoryClusterer clusterer = keepingClosedStories();
        clusterer.add(ENGLISH.document(21, HERALD, T0, "Kessel dam collapse floods Riverton valley", null));
        clusterer.add(ENGLISH.document(22, COURIER, T0.plusSeconds(60),
                "Kessel dam collapse forces mass evacuation", null));
        clusterer.add(ENGLISH.document(23, GAZETTE, T0.plusSeconds(120),
                "Kessel dam collapse floods Riverton, forces evacuation", null));

        Story story = clusterer.stories().get(0);

        assertThat(story.articleCount()).isEqualTo(3);
        assertThat(story.label()).isEqualTo("Kessel dam collapse floods Riverton, forces evacuation");
        assertThat(story.topTerms()).contains("kessel", "dam", "collaps").hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void coverageCountsMembersPerPortalAndFirstSeenIsTheEarliestMember() {
        IncrementalStoryClusterer clusterer = clusterer();
        clusterer.add(DAM_COURIER);
        clusterer.add(DAM_HERALD); // published two hours before the courier's article, but arrives later
        clusterer.add(doc(13, COURIER, Duration.ofHours(5),
                "Kessel dam: Riverton residents evacuated as flooding spreads",
                "Hundreds of Riverton residents were evacuated after the Kessel dam burst in heavy rain."));

        Story story = clusterer.stories().get(0);

        assertThat(clusterer.stories()).hasSize(1);
        assertThat(story.coverage()).isEqualTo(Map.of(PortalId.of(COURIER), 2, PortalId.of(HERALD), 1));
        assertThat(story.firstPortalId()).isEqualTo(PortalId.of(HERALD));
        assertThat(story.firstSeenAt()).isEqualTo(T0);
        assertThat(story.lastSeenAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
    }

    @Test
    void sameInputOrderAlwaysGivesTheSameStories() {
        List<StoryInput> input = List.of(DAM_HERALD, RATES_COURIER, DAM_COURIER, MATCH_HERALD, RATES_HERALD,
                DAM_GAZETTE);
        IncrementalStoryClusterer first = keepingClosedStories();
        IncrementalStoryClusterer second = keepingClosedStories();

        List<StoryAssignment> a = input.stream().map(first::add).toList();
        List<StoryAssignment> b = input.stream().map(second::add).toList();

        assertThat(b).isEqualTo(a);
        assertThat(second.state()).isEqualTo(first.state());
        assertThat(first.stories()).extracting(Story::articleCount).containsExactly(3, 2, 1);
    }

    @Test
    void storiesCountTheirMembersPerPortal() {
        IncrementalStoryClusterer clusterer = clusterer();
        clusterer.add(DAM_HERALD);
        clusterer.add(DAM_COURIER);
        clusterer.add(DAM_GAZETTE);

        Story story = clusterer.stories().get(0);

        assertThat(clusterer.stories()).hasSize(1);
        assertThat(story.articleCount()).isEqualTo(3);
        assertThat(story.coverage()).isEqualTo(Map.of(PortalId.of(HERALD), 1, PortalId.of(COURIER), 1, PortalId.of(GAZETTE), 1));
        assertThat(clusterer.state().stories()).singleElement()
                .satisfies(record -> assertThat(record.memberCount()).isEqualTo(3));
    }

    @Test
    void aStoryRestoredFromAStateGoesOnCountingItsMembers() {
        StoryClustererSettings listing = StoryClustererSettings.builder().keepClosedStories(true).build();
        IncrementalStoryClusterer original = keepingClosedStories();
        String damStory = original.add(DAM_HERALD).story().storyKey();
        original.add(DAM_COURIER);
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(original.state(), listing);

        restored.add(DAM_GAZETTE);
        String ratesStory = restored.add(RATES_COURIER).story().storyKey();

        assertThat(restored.story(damStory)).hasValueSatisfying(story -> {
                assertThat(story.articleCount()).isEqualTo(3);
        });
        assertThat(restored.story(ratesStory)).get().extracting(Story::articleCount).isEqualTo(1);
        assertThat(original.story(damStory)).get().extracting(Story::articleCount).isEqualTo(2);
    }

    @Test
    void aRestoredStoryThatAbsorbsAnotherCountsBothStoriesMembers() {
        StoryClustererSettings listing = StoryClustererSettings.builder().keepClosedStories(true).build();
        IncrementalStoryClusterer original = keepingClosedStories();
        original.add(ENGLISH.document(21, HERALD, T0, "Kessel dam collapses", null));
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(original.state(), listing);
        restored.add(ENGLISH.document(22, COURIER, T0.plusSeconds(60), "Riverton residents evacuated", null));

        StoryAssignment bridge = restored.add(ENGLISH.document(23, GAZETTE, T0.plusSeconds(120),
                "Kessel dam collapse: Riverton residents evacuated", null));

        assertThat(bridge.absorbedStoryKeys()).hasSize(1);
        assertThat(restored.stories()).singleElement().satisfies(story -> {
                assertThat(story.articleCount()).isEqualTo(3);
        });
    }

    @Test
    void rejectsAStoryRecordWithoutMembers() {
        assertThatThrownBy(() -> new StoryRecord("s1", Map.of("dam", 1.0), "herald", T0, T0, Map.of(), "a",
                "Kessel dam collapses", Map.of("dam", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("story s1 has no members");
        assertThatThrownBy(() -> new StoryRecord("s1", Map.of("dam", 1.0), "herald", T0, T0, Map.of("herald", 0),
                "a", "Kessel dam collapses", Map.of("dam", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("story s1 counts 0 members of portal herald");
    }

    @Test
    void anArticleWithoutTermsOpensItsOwnStory() {
        IncrementalStoryClusterer clusterer = clusterer();
        clusterer.add(DAM_HERALD);

        StoryAssignment empty = clusterer.add(StoryInputs.ofTitle(30, HERALD, T0, "The", List.of()));

        assertThat(StoryMembers.opened(empty)).isTrue();
    }

    @Test
    void rejectsRestoringAStateWhoseStoryIdsAreAheadOfItsCounter() {
        IncrementalStoryClusterer clusterer = clusterer();
        clusterer.add(DAM_HERALD);
        StoryClustererState state = clusterer.state();
        StoryClustererState broken = new StoryClustererState(state.documentCount(), 1, state.watermark(),
                state.documentFrequencies(), state.stories());

        assertThatThrownBy(() -> IncrementalStoryClusterer.restore(broken, StoryClustererSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s1");
    }

    @Test
    void rejectsNullArticleNamingTheArgument() {
        assertThatThrownBy(() -> clusterer().add(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("article");
    }
}
