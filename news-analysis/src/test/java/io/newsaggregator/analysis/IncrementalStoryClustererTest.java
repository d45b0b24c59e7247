package io.newsaggregator.analysis;

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
    private static final EnglishStoryDocuments ENGLISH = new EnglishStoryDocuments();

    private static StoryDocument doc(String id, String portal, Duration after, String title, String body) {
        return ENGLISH.document(id, portal, T0.plus(after), title, body);
    }

    private static final StoryDocument DAM_HERALD = doc("dam-herald", "herald", Duration.ZERO,
            "Dam failure floods Riverton valley, hundreds evacuated",
            "The Kessel dam above Riverton collapsed on Tuesday night after heavy rain, flooding the valley "
                    + "and forcing hundreds of residents to evacuate. Emergency crews said the water reached "
                    + "the town centre by midnight.");
    private static final StoryDocument DAM_COURIER = doc("dam-courier", "courier", Duration.ofHours(2),
            "Hundreds flee as Kessel dam bursts near Riverton",
            "Residents of Riverton fled their homes overnight when the Kessel dam burst after days of heavy "
                    + "rain. Emergency services evacuated hundreds and the flooding reached the town centre.");
    private static final StoryDocument RATES_COURIER = doc("rates-courier", "courier", Duration.ofHours(3),
            "Central bank raises interest rates to curb inflation",
            "The central bank raised its main interest rate by half a point on Tuesday, saying inflation "
                    + "remained too high. Economists expect further rises this year.");
    private static final StoryDocument DAM_GAZETTE = doc("dam-gazette", "gazette", Duration.ofHours(20),
            "Riverton flood: Kessel dam collapse leaves town under water",
            "A day after the Kessel dam collapsed, much of Riverton remains under water. Emergency crews "
                    + "continue to evacuate residents as the heavy rain eases.");
    private static final StoryDocument MATCH_HERALD = doc("match-herald", "herald", Duration.ofHours(21),
            "Northport United win the cup final on penalties",
            "Northport United beat Easton Rovers on penalties in the cup final after a goalless draw. "
                    + "The goalkeeper saved two penalties.");
    private static final StoryDocument RATES_HERALD = doc("rates-herald", "herald", Duration.ofHours(22),
            "Inflation fight: central bank lifts interest rates by half a point",
            "Borrowing costs rise again as the central bank lifts its main interest rate by half a point "
                    + "to bring inflation down.");

    private static IncrementalStoryClusterer clusterer() {
        return new IncrementalStoryClusterer(StoryClustererSettings.defaults());
    }

    /** A clusterer that lists member ids (and closed stories). */
    private static IncrementalStoryClusterer listingMembers() {
        return new IncrementalStoryClusterer(StoryClustererSettings.builder().keepClosedStories(true).build());
    }

    @Test
    void twoRewritesOfOneEventFromDifferentPortalsShareAStoryButAnUnrelatedArticleDoesNot() {
        IncrementalStoryClusterer clusterer = listingMembers();

        StoryAssignment first = clusterer.add(DAM_HERALD);
        StoryAssignment second = clusterer.add(DAM_COURIER);
        StoryAssignment unrelated = clusterer.add(RATES_COURIER);

        assertThat(first.newStory()).isTrue();
        assertThat(second.newStory()).isFalse();
        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(second.score()).isGreaterThanOrEqualTo(StoryClustererSettings.defaults().threshold());
        assertThat(unrelated.newStory()).isTrue();
        assertThat(unrelated.storyId()).isNotEqualTo(first.storyId());
        assertThat(clusterer.stories()).extracting(Story::memberIds)
                .containsExactly(List.of("dam-herald", "dam-courier"), List.of("rates-courier"));
    }

    @Test
    void aThirdPortalsArticleJoinsTheStoryWhenItArrivesLater() {
        IncrementalStoryClusterer clusterer = listingMembers();
        String damStory = clusterer.add(DAM_HERALD).storyId();
        clusterer.add(DAM_COURIER);
        clusterer.add(RATES_COURIER);
        clusterer.add(MATCH_HERALD);

        StoryAssignment later = clusterer.add(DAM_GAZETTE);

        assertThat(later.storyId()).isEqualTo(damStory);
        assertThat(clusterer.story(damStory)).get().extracting(Story::memberIds)
                .isEqualTo(List.of("dam-herald", "dam-courier", "dam-gazette"));
        assertThat(clusterer.stories()).hasSize(3);
    }

    @Test
    void sameEventArticlesAMonthApartStayInSeparateStories() {
        IncrementalStoryClusterer clusterer = clusterer();
        StoryDocument monthLater = doc("dam-courier-anniversary", "courier", Duration.ofDays(30),
                DAM_COURIER.title(), String.join(" ", DAM_COURIER.bodyTerms()));

        StoryAssignment first = clusterer.add(DAM_HERALD);
        StoryAssignment second = clusterer.add(monthLater);

        assertThat(second.newStory()).isTrue();
        assertThat(second.storyId()).isNotEqualTo(first.storyId());
        assertThat(clusterer.openStories()).isEqualTo(1);
    }

    @Test
    void theWindowAloneClosesAStoryEvenWithoutTimeDecay() {
        StoryClustererSettings noDecay = StoryClustererSettings.builder()
                .decayHalfLife(Duration.ofDays(100_000)).build();
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(noDecay);
        StoryDocument sameTextMonthLater = ENGLISH.document("dam-herald-again", "herald",
                T0.plus(Duration.ofDays(30)), DAM_HERALD.title(), String.join(" ", DAM_HERALD.bodyTerms()));
        StoryDocument sameTextNextDay = ENGLISH.document("dam-herald-next-day", "herald",
                T0.plus(Duration.ofDays(1)), DAM_HERALD.title(), String.join(" ", DAM_HERALD.bodyTerms()));

        String story = clusterer.add(DAM_HERALD).storyId();
        StoryAssignment nextDay = clusterer.add(sameTextNextDay);
        StoryAssignment monthLater = clusterer.add(sameTextMonthLater);

        assertThat(nextDay.storyId()).isEqualTo(story);
        assertThat(monthLater.newStory()).isTrue();
    }

    @Test
    void anArticleBridgingTwoConvergingStoriesMergesThemIntoTheOlderOne() {
        IncrementalStoryClusterer clusterer = listingMembers();
        StoryAssignment dam = clusterer.add(ENGLISH.document("a", "herald", T0, "Kessel dam collapses", null));
        StoryAssignment evacuation = clusterer.add(ENGLISH.document("b", "courier", T0.plusSeconds(60),
                "Riverton residents evacuated", null));

        StoryAssignment bridge = clusterer.add(ENGLISH.document("c", "gazette", T0.plusSeconds(120),
                "Kessel dam collapse: Riverton residents evacuated", null));

        assertThat(evacuation.storyId()).isNotEqualTo(dam.storyId());
        assertThat(bridge.storyId()).isEqualTo(dam.storyId());
        assertThat(bridge.absorbedStoryIds()).containsExactly(evacuation.storyId());
        assertThat(clusterer.stories()).singleElement().satisfies(story -> {
            assertThat(story.memberIds()).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(story.coverage()).isEqualTo(Map.of("herald", 1, "courier", 1, "gazette", 1));
        });
        assertThat(clusterer.story(evacuation.storyId())).isEmpty();
    }

    @Test
    void storiesThatBeganADayApartNeedFarCloserCentroidsToMerge() {
        List<StoryAssignment> undecayed = dayApartStories(StoryClustererSettings.builder().keepClosedStories(true)
                .decayMerges(false).build());
        List<StoryAssignment> decayed = dayApartStories(StoryClustererSettings.builder().keepClosedStories(true)
                .build());

        assertThat(undecayed.get(2).storyId()).isNotEqualTo(undecayed.get(0).storyId());
        assertThat(undecayed.get(3).absorbedStoryIds()).containsExactly(undecayed.get(2).storyId());
        assertThat(decayed.subList(0, 3)).isEqualTo(undecayed.subList(0, 3));
        assertThat(decayed.get(3).absorbedStoryIds()).isEmpty();
    }

    /**
     * A story that began yesterday and got a member this morning, a new story opened this
     * morning, and an article bridging both.
     */
    private static List<StoryAssignment> dayApartStories(StoryClustererSettings settings) {
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(settings);
        Instant morning = T0.plus(Duration.ofHours(20));
        return List.of(
                clusterer.add(ENGLISH.document("a", "herald", T0, "Kessel dam collapses", null)),
                clusterer.add(ENGLISH.document("b", "courier", morning, "Kessel dam collapses", null)),
                clusterer.add(ENGLISH.document("c", "gazette", morning.plusSeconds(60), "Riverton residents evacuated",
                        null)),
                clusterer.add(ENGLISH.document("d", "herald", morning.plusSeconds(120),
                        "Kessel dam collapse: Riverton residents evacuated", null)));
    }

    @Test
    void anArticleJustInsideTheWindowStillJoins() {
        // a half-life as long as the gap, so that the window's edge is what this tests, not the decay
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(
                StoryClustererSettings.builder().window(Duration.ofDays(3)).decayHalfLife(Duration.ofDays(2)).build());
        StoryDocument twoDaysLater = doc("dam-courier-later", "courier", Duration.ofDays(2),
                DAM_COURIER.title(), "Residents of Riverton fled their homes when the Kessel dam burst.");

        String story = clusterer.add(DAM_HERALD).storyId();

        assertThat(clusterer.add(twoDaysLater).storyId()).isEqualTo(story);
    }

    @Test
    void restoredStateAssignsFollowingArticlesExactlyAsTheOriginal() {
        List<StoryDocument> before = List.of(DAM_HERALD, DAM_COURIER, RATES_COURIER);
        List<StoryDocument> after = List.of(MATCH_HERALD, DAM_GAZETTE, RATES_HERALD);
        IncrementalStoryClusterer original = clusterer();
        before.forEach(original::add);

        StoryClustererState state = original.exportState();
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(
                copyThroughConstructors(state), StoryClustererSettings.defaults());

        List<StoryAssignment> fromOriginal = new ArrayList<>();
        List<StoryAssignment> fromRestored = new ArrayList<>();
        for (StoryDocument document : after) {
            fromOriginal.add(original.add(document));
            fromRestored.add(restored.add(document));
        }
        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(restored.stories()).isEqualTo(original.stories());
        assertThat(restored.exportState()).isEqualTo(original.exportState());
        assertThat(fromRestored).extracting(StoryAssignment::newStory).containsExactly(true, false, false);
    }

    @Test
    void aStragglerOlderThanTheWindowOpensAClosedStoryAlsoAfterARestore() {
        StoryDocument straggler = doc("dam-straggler", "courier", Duration.ofDays(-30),
                "Kessel dam inspection finds cracks", "Inspectors found cracks in the Kessel dam above Riverton.");
        StoryDocument follower = doc("dam-follower", "herald", Duration.ofDays(-30).plusHours(1),
                "Kessel dam cracks found by inspectors", "Cracks were found in the Kessel dam above Riverton.");
        IncrementalStoryClusterer original = clusterer();
        original.add(DAM_HERALD);
        StoryAssignment late = original.add(straggler);
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(original.exportState(),
                StoryClustererSettings.defaults());

        StoryAssignment fromOriginal = original.add(follower);
        StoryAssignment fromRestored = restored.add(follower);

        assertThat(late.newStory()).isTrue();
        assertThat(original.openStories()).isEqualTo(1);
        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(fromOriginal.newStory()).isTrue();
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
        IncrementalStoryClusterer clusterer = listingMembers();
        clusterer.add(ENGLISH.document("a", "herald", T0, "Kessel dam collapse floods Riverton valley", null));
        clusterer.add(ENGLISH.document("b", "courier", T0.plusSeconds(60),
                "Kessel dam collapse forces mass evacuation", null));
        clusterer.add(ENGLISH.document("c", "gazette", T0.plusSeconds(120),
                "Kessel dam collapse floods Riverton, forces evacuation", null));

        Story story = clusterer.stories().get(0);

        assertThat(story.memberIds()).containsExactly("a", "b", "c");
        assertThat(story.label().representativeId()).isEqualTo("c");
        assertThat(story.label().title()).isEqualTo("Kessel dam collapse floods Riverton, forces evacuation");
        assertThat(story.label().topTerms()).contains("kessel", "dam", "collaps").hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void coverageCountsMembersPerPortalAndFirstSeenIsTheEarliestMember() {
        IncrementalStoryClusterer clusterer = clusterer();
        clusterer.add(DAM_COURIER);
        clusterer.add(DAM_HERALD); // published two hours before the courier's article, but arrives later
        clusterer.add(doc("dam-courier-2", "courier", Duration.ofHours(5),
                "Kessel dam: Riverton residents evacuated as flooding spreads",
                "Hundreds of Riverton residents were evacuated after the Kessel dam burst in heavy rain."));

        Story story = clusterer.stories().get(0);

        assertThat(clusterer.stories()).hasSize(1);
        assertThat(story.coverage()).isEqualTo(Map.of("courier", 2, "herald", 1));
        assertThat(story.firstSeenPortal()).isEqualTo("herald");
        assertThat(story.firstSeenAt()).isEqualTo(T0);
        assertThat(story.lastSeenAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
    }

    @Test
    void sameInputOrderAlwaysGivesTheSameStories() {
        List<StoryDocument> input = List.of(DAM_HERALD, RATES_COURIER, DAM_COURIER, MATCH_HERALD, RATES_HERALD,
                DAM_GAZETTE);
        IncrementalStoryClusterer first = listingMembers();
        IncrementalStoryClusterer second = listingMembers();

        List<StoryAssignment> a = input.stream().map(first::add).toList();
        List<StoryAssignment> b = input.stream().map(second::add).toList();

        assertThat(b).isEqualTo(a);
        assertThat(second.exportState()).isEqualTo(first.exportState());
        assertThat(first.stories()).extracting(Story::memberIds).containsExactly(
                List.of("dam-herald", "dam-courier", "dam-gazette"),
                List.of("rates-courier", "rates-herald"),
                List.of("match-herald"));
    }

    @Test
    void storiesCountTheirMembersPerPortalButListNoMemberIdsUnlessAsked() {
        IncrementalStoryClusterer clusterer = clusterer();
        clusterer.add(DAM_HERALD);
        clusterer.add(DAM_COURIER);
        clusterer.add(DAM_GAZETTE);

        Story story = clusterer.stories().get(0);

        assertThat(clusterer.stories()).hasSize(1);
        assertThat(story.size()).isEqualTo(3);
        assertThat(story.memberIds()).isEmpty();
        assertThat(story.coverage()).isEqualTo(Map.of("herald", 1, "courier", 1, "gazette", 1));
        assertThat(clusterer.exportState().stories()).singleElement()
                .satisfies(record -> assertThat(record.memberCount()).isEqualTo(3));
    }

    @Test
    void aStoryRestoredFromAStateListsNoMemberIdsWhileStoriesOpenedLaterDo() {
        StoryClustererSettings listing = StoryClustererSettings.builder().keepClosedStories(true).build();
        IncrementalStoryClusterer original = listingMembers();
        String damStory = original.add(DAM_HERALD).storyId();
        original.add(DAM_COURIER);
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(original.exportState(), listing);

        restored.add(DAM_GAZETTE);
        String ratesStory = restored.add(RATES_COURIER).storyId();

        assertThat(restored.story(damStory)).hasValueSatisfying(story -> {
            assertThat(story.memberIds()).isEmpty();
            assertThat(story.size()).isEqualTo(3);
        });
        assertThat(restored.story(ratesStory)).get().extracting(Story::memberIds).isEqualTo(List.of("rates-courier"));
        assertThat(original.story(damStory)).get().extracting(Story::memberIds)
                .isEqualTo(List.of("dam-herald", "dam-courier"));
    }

    @Test
    void aStoryThatAbsorbsOneWithUnknownMemberIdsListsNone() {
        StoryClustererSettings listing = StoryClustererSettings.builder().keepClosedStories(true).build();
        IncrementalStoryClusterer original = listingMembers();
        original.add(ENGLISH.document("a", "herald", T0, "Kessel dam collapses", null));
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(original.exportState(), listing);
        restored.add(ENGLISH.document("b", "courier", T0.plusSeconds(60), "Riverton residents evacuated", null));

        StoryAssignment bridge = restored.add(ENGLISH.document("c", "gazette", T0.plusSeconds(120),
                "Kessel dam collapse: Riverton residents evacuated", null));

        assertThat(bridge.absorbedStoryIds()).hasSize(1);
        assertThat(restored.stories()).singleElement().satisfies(story -> {
            assertThat(story.memberIds()).isEmpty();
            assertThat(story.size()).isEqualTo(3);
        });
    }

    @Test
    void rejectsAStoryWhoseMemberIdsDisagreeWithItsCoverage() {
        StoryLabel label = new StoryLabel("Kessel dam collapses", "a", List.of("dam"));

        assertThatThrownBy(() -> new Story("s1", label, "herald", T0, T0, List.of("a"), Map.of("herald", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("story s1 lists 1 member ids but its coverage counts 2 members");
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

        StoryAssignment empty = clusterer.add(StoryDocument.ofTitle("empty", "herald", T0, "The", List.of()));

        assertThat(empty.newStory()).isTrue();
    }

    @Test
    void rejectsRestoringAStateWhoseStoryIdsAreAheadOfItsCounter() {
        IncrementalStoryClusterer clusterer = clusterer();
        clusterer.add(DAM_HERALD);
        StoryClustererState state = clusterer.exportState();
        StoryClustererState broken = new StoryClustererState(state.documentCount(), 1, state.watermark(),
                state.documentFrequencies(), state.stories());

        assertThatThrownBy(() -> IncrementalStoryClusterer.restore(broken, StoryClustererSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s1");
    }

    @Test
    void rejectsNullDocumentNamingTheArgument() {
        assertThatThrownBy(() -> clusterer().add(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("document");
    }
}
