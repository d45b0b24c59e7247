package io.newsaggregator.analysis;

import static io.newsaggregator.analysis.Fixtures.BRIDGE_BODY_A;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_BODY_B;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_TITLE_A;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_TITLE_B;
import static io.newsaggregator.analysis.Fixtures.ORCHESTRA_BODY;
import static io.newsaggregator.analysis.Fixtures.ORCHESTRA_TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real analyser and clusterer together, as the analyse use case runs them. */
class StoryClusterersTest {

    private static final AnalysisAdapters ADAPTERS = AnalysisAdapters.defaults();
    private static final ArticleAnalyzer ANALYZER = ADAPTERS.articleAnalyzer();
    private final StoryClusterers clusterers = ADAPTERS.storyClusterers();

    @Test
    void rewritesFromTwoPortalsShareAStoryAndAnUnrelatedArticleOpensItsOwn() {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());

        StoryAssignment first = add(clusterer, Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        StoryAssignment unrelated = add(clusterer, Fixtures.input(2, 7, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY));
        StoryAssignment second = add(clusterer, Fixtures.input(3, 12, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B));

        assertThat(second.story().storyKey()).isEqualTo(first.story().storyKey());
        assertThat(unrelated.story().storyKey()).isNotEqualTo(first.story().storyKey());
        assertThat(second.story().coverage()).isEqualTo(Map.of(PortalId.of(7), 1, PortalId.of(12), 1));
        assertThat(second.story().firstPortalId()).isEqualTo(PortalId.of(7));
        assertThat(second.story().firstSeenAt()).isEqualTo(Fixtures.MORNING);
        assertThat(second.story().articleCount()).isEqualTo(2);
        assertThat(second.story().label()).isNotBlank();
        assertThat(second.story().topTerms()).isNotEmpty();
    }

    @Test
    void restoredClustererContinuesTheSameStories() {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        StoryAssignment first = add(clusterer, Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        add(clusterer, Fixtures.input(2, 7, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY));
        byte[] state = clusterer.exportState();

        StoryClusterer restored = clusterers.restore(Optional.of(state));
        StoryAssignment second = add(restored, Fixtures.input(3, 12, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B));

        assertThat(second.story().storyKey()).isEqualTo(first.story().storyKey());
        assertThat(second.story().coverage()).containsOnlyKeys(PortalId.of(7), PortalId.of(12));
    }

    @Test
    void restoringAndExportingAgainGivesTheSameBytes() {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        add(clusterer, Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        add(clusterer, Fixtures.input(2, 12, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B));
        byte[] state = clusterer.exportState();

        assertThat(clusterers.restore(Optional.of(state)).exportState()).isEqualTo(state);
    }

    @Test
    void anArticleOlderThanTheWindowGetsItsOwnStoryWhichTheSavedStateLeavesOut() {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        int tenDays = 10 * 24 * 60;
        StoryAssignment recent = add(clusterer, Fixtures.input(1, 7, tenDays, BRIDGE_TITLE_A, BRIDGE_BODY_A));

        StoryAssignment straggler = add(clusterer, Fixtures.input(2, 12, 0, BRIDGE_TITLE_B, BRIDGE_BODY_B));
        byte[] state = clusterer.exportState();

        assertThat(straggler.story().storyKey()).isNotEqualTo(recent.story().storyKey());
        assertThat(straggler.story().articleCount()).isEqualTo(1);
        assertThat(straggler.story().firstPortalId()).isEqualTo(PortalId.of(12));
        assertThat(StoryStateCodec.decode(state).stories()).extracting(r -> r.id())
                .containsExactly(recent.story().storyKey());
        StoryAssignment follower = add(clusterers.restore(Optional.of(state)),
                Fixtures.input(3, 12, tenDays + 30, BRIDGE_TITLE_B, BRIDGE_BODY_B));
        assertThat(follower.story().storyKey()).isEqualTo(recent.story().storyKey());
    }

    @Test
    void theSavedStateDoesNotGrowWithTheArticlesOfALongRunningStory() {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        add(clusterer, Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        StoryAssignment second = add(clusterer, Fixtures.input(2, 12, 1, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        byte[] afterTwo = clusterer.exportState();
        StoryAssignment last = second;
        for (int id = 3; id <= 300; id++) {
            last = add(clusterer, Fixtures.input(id, id % 2 == 0 ? 12 : 7, id, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        }
        byte[] afterThreeHundred = clusterer.exportState();

        assertThat(last.story().storyKey()).isEqualTo(second.story().storyKey());
        assertThat(last.story().articleCount()).isEqualTo(300);
        // 298 more member ids would add at least 298 * 5 bytes; only the representative's id may lengthen
        assertThat(afterThreeHundred.length - afterTwo.length).isBetween(0, 2);
        assertThat(StoryStateCodec.decode(afterThreeHundred).stories()).singleElement()
                .satisfies(story -> assertThat(story.coverage()).isEqualTo(Map.of("7", 150, "12", 150)));
    }

    @Test
    void aRestoredStoryGoesOnCountingItsArticles() {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        add(clusterer, Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        add(clusterer, Fixtures.input(2, 7, 5, BRIDGE_TITLE_A, BRIDGE_BODY_A));

        StoryAssignment third = add(clusterers.restore(Optional.of(clusterer.exportState())),
                Fixtures.input(3, 12, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B));

        assertThat(third.story().articleCount()).isEqualTo(3);
        assertThat(third.story().coverage()).isEqualTo(Map.of(PortalId.of(7), 2, PortalId.of(12), 1));
    }

    @Test
    void restoresAStateSavedInVersionOneAsTheSameStateWithoutMemberIds() {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        StoryAssignment bridge = add(clusterer, Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        StoryAssignment orchestra = add(clusterer, Fixtures.input(2, 7, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY));
        byte[] versionTwo = clusterer.exportState();
        byte[] versionOne = StoryStateVersionOne.write(StoryStateCodec.decode(versionTwo),
                Map.of(bridge.story().storyKey(), List.of("1"), orchestra.story().storyKey(), List.of("2")));
        StoryClusterer fromVersionOne = clusterers.restore(Optional.of(versionOne));
        StoryClusterer fromVersionTwo = clusterers.restore(Optional.of(versionTwo));

        AnalysisInput next = Fixtures.input(3, 12, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B);
        StoryAssignment second = add(fromVersionOne, next);

        assertThat(second).isEqualTo(add(fromVersionTwo, next));
        assertThat(second.story().storyKey()).isEqualTo(bridge.story().storyKey());
        assertThat(second.story().articleCount()).isEqualTo(2);
        assertThat(fromVersionOne.exportState()).isEqualTo(fromVersionTwo.exportState());
    }

    @Test
    void refusesAStateThatIsNotOne() {
        assertThatThrownBy(() -> clusterers.restore(Optional.of(new byte[] {1, 2, 3})))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("story clusterer state");
    }

    @Test
    void refusesAStateWhosePortalIsNoPortalId() {
        StoryClustererState state = StoryStateCodec.decode(clusterers.restore(Optional.empty()).exportState());
        StoryRecord herald = new StoryRecord("s1", Map.of("bridg", 1.0), "herald", Fixtures.MORNING, Fixtures.MORNING,
                Map.of("herald", 1), "1", "Tamar Bridge shut", Map.of("bridg", 1.0));
        byte[] bytes = StoryStateCodec.encode(new StoryClustererState(1, 2, Fixtures.MORNING,
                state.documentFrequencies(), List.of(herald)));

        assertThatThrownBy(() -> clusterers.restore(Optional.of(bytes)))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("portal 'herald' is not a portal id");
    }

    private static StoryAssignment add(StoryClusterer clusterer, AnalysisInput input) {
        AnalysedText text = ANALYZER.analyse(input, DocumentFrequencies.none());
        return clusterer.add(new StoryInput(input.articleId(), input.portalId(), input.seenAt(), input.title(),
                text.titleTerms(), text.bodyTerms(), text.salientTerms()));
    }
}
