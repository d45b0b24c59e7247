package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The join and merge test that asks for more than one shared word. */
class SharedTermsTest {

    private static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");

    private static StoryInput headline(long id, int minutes, String... terms) {
        return StoryInputs.ofTitle(id, 1, T0.plus(Duration.ofMinutes(minutes)), String.join(" ", terms), List.of(terms));
    }

    private static IncrementalStoryClusterer clusterer(int minSharedTerms) {
        // a threshold this low lets one shared word through on score alone, so only the test decides
        return new IncrementalStoryClusterer(StoryClustererSettings.builder().threshold(0.05)
                .minSharedTerms(minSharedTerms).characteristicShare(0.1).build());
    }

    @Test
    void aHeadlineSharingOneWordWithAStoryOpensItsOwnWhenTwoAreRequired() {
        IncrementalStoryClusterer strict = clusterer(2);
        IncrementalStoryClusterer loose = clusterer(1);
        for (IncrementalStoryClusterer clusterer : List.of(strict, loose)) {
            clusterer.add(headline(1, 0, "central", "bank", "rais", "rate"));
            clusterer.add(headline(2, 5, "bank", "lift", "interest", "rate"));
        }

        StoryInput holiday = headline(3, 10, "bank", "holidai", "traffic", "jam");

        assertThat(StoryMembers.opened(strict.add(holiday))).isTrue();
        assertThat(StoryMembers.opened(loose.add(holiday))).isFalse();
    }

    @Test
    void aHeadlineSharingTwoOfTheStorysWordsJoinsIt() {
        IncrementalStoryClusterer clusterer = clusterer(2);
        String story = clusterer.add(headline(1, 0, "central", "bank", "rais", "rate")).story().storyKey();

        StoryAssignment second = clusterer.add(headline(2, 5, "bank", "lift", "interest", "rate"));

        assertThat(StoryMembers.opened(second)).isFalse();
        assertThat(second.story().storyKey()).isEqualTo(story);
    }

    @Test
    void aWordFewOfALargeStorysMembersUseIsNotCharacteristicOfIt() {
        StoryCluster story = StoryCluster.open(1, headline(1, 0), Map.of("dam", 0.8, "flood", 0.6));
        for (int i = 0; i < 9; i++) {
            story.add(headline(10 + i, i), Map.of("dam", 0.8, "flood", 0.6), 400);
        }
        story.add(headline(20, 10), Map.of("dam", 0.6, "bank", 0.8), 400);

        assertThat(story.isCharacteristic("flood", 0.1)).isTrue();
        assertThat(story.isCharacteristic("bank", 0.1)).isFalse(); // 0.8 of a strongest 7.8
        assertThat(story.isCharacteristic("bank", 0.05)).isTrue();
        assertThat(story.characteristicTerms(List.of("dam", "bank", "flood"), 0.1, 5)).isEqualTo(2);
        assertThat(story.characteristicTerms(List.of("dam", "bank", "flood"), 0.1, 1)).isEqualTo(1);
    }

    @Test
    void twoStoriesShareOnlyTheTermsCharacteristicOfBoth() {
        StoryCluster dam = StoryCluster.open(1, headline(1, 0), Map.of("dam", 0.8, "flood", 0.6));
        StoryCluster rates = StoryCluster.open(2, headline(2, 0), Map.of("bank", 0.8, "rate", 0.5, "flood", 0.3));
        StoryCluster floodRates = StoryCluster.open(3, headline(3, 0), Map.of("flood", 0.7, "rate", 0.7));

        assertThat(dam.sharedCharacteristicTerms(rates, 0.1, 5)).isEqualTo(1);
        assertThat(dam.sharedCharacteristicTerms(rates, 0.5, 5)).isZero(); // flood is weak in rates
        assertThat(rates.sharedCharacteristicTerms(floodRates, 0.1, 5)).isEqualTo(2);
    }

    @Test
    void twoLargeStoriesAreNotMergedByAnArticleThatBringsTheOthersWordsToOne() {
        // mergeThreshold 0 merges any two stories an article matches, unless the shared-terms test holds them apart
        StoryClustererSettings loose = StoryClustererSettings.builder().threshold(0.05).mergeThreshold(0.0)
                .keepClosedStories(true).build();
        StoryClustererSettings strict = loose.toBuilder().minSharedTerms(2).characteristicShare(0.3).build();

        assertThat(bridged(loose).absorbedStoryKeys()).hasSize(1);
        assertThat(bridged(strict).absorbedStoryKeys()).isEmpty();
    }

    private static StoryAssignment bridged(StoryClustererSettings settings) {
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(settings);
        for (int i = 0; i < 5; i++) {
            clusterer.add(headline(100 + i, 2 * i, "kessel", "dam", "flood", "riverton"));
            clusterer.add(headline(200 + i, 2 * i + 1, "central", "bank", "rate", "inflat"));
        }
        return clusterer.add(headline(30, 20, "kessel", "dam", "flood", "riverton", "bank", "rate"));
    }
}
