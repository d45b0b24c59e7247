package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A state saved in format version 1, with every member id, continues exactly as if never saved. */
class VersionOneStateRestoreTest {

    private static final List<StoryInput> STREAM = MultiWindowStream.of(4_000, 40, 7);
    private static final int STOP = 2_000;
    private static final StoryClustererSettings DEFAULTS = StoryClustererSettings.defaults();
    private static final StoryClustererSettings KEEPING = DEFAULTS.toBuilder().keepClosedStories(true).build();

    @Test
    void versionOneBytesRestoreAndAssignTheFollowingArticlesAsTheUninterruptedRun() {
        IncrementalStoryClusterer uninterrupted = new IncrementalStoryClusterer(DEFAULTS);
        List<StoryAssignment> expected = assign(uninterrupted, STREAM).subList(STOP, STREAM.size());
        byte[] versionOne = versionOneStateAfter(STOP);

        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(StoryStateCodec.decode(versionOne),
                DEFAULTS);
        IncrementalStoryClusterer restoredKeeping = IncrementalStoryClusterer.restore(
                StoryStateCodec.decode(versionOne), KEEPING);

        assertThat(assign(restored, STREAM.subList(STOP, STREAM.size()))).isEqualTo(expected);
        assertThat(assign(restoredKeeping, STREAM.subList(STOP, STREAM.size()))).isEqualTo(expected);
        assertThat(restored.state()).isEqualTo(uninterrupted.state());
    }

    @Test
    void aVersionOneStateIsSavedAgainAsVersionTwoWithTheSameStoriesAndMemberCounts() {
        byte[] versionOne = versionOneStateAfter(STOP);
        IncrementalStoryClusterer original = new IncrementalStoryClusterer(DEFAULTS);
        assign(original, STREAM.subList(0, STOP));

        StoryClustererState restored = IncrementalStoryClusterer.restore(StoryStateCodec.decode(versionOne), DEFAULTS)
                .state();
        byte[] versionTwo = StoryStateCodec.encode(restored);

        assertThat(ByteBuffer.wrap(versionTwo).getInt(4)).isEqualTo(2);
        assertThat(versionTwo).isEqualTo(StoryStateCodec.encode(original.state()));
        assertThat(restored.stories()).extracting(StoryRecord::memberCount)
                .isEqualTo(original.state().stories().stream().map(StoryRecord::memberCount).toList());
        assertThat(versionTwo.length).isLessThan(versionOne.length);
    }

    /** The state after {@code stop} articles as the previous release saved it, member ids included. */
    private static byte[] versionOneStateAfter(int stop) {
        IncrementalStoryClusterer listing = new IncrementalStoryClusterer(DEFAULTS);
        StoryMembers members = new StoryMembers();
        STREAM.subList(0, stop).forEach(article -> members.add(listing, article));
        StoryClustererState state = listing.state();
        Map<String, List<String>> memberIds = state.stories().stream().collect(Collectors.toMap(StoryRecord::id,
                record -> members.of(record.id()).stream().map(ArticleId::toString).toList()));
        assertThat(memberIds.values()).allSatisfy(ids -> assertThat(ids).isNotEmpty());
        assertThat(memberIds.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
        return StoryStateVersionOne.write(state, memberIds);
    }

    private static List<StoryAssignment> assign(IncrementalStoryClusterer clusterer, List<StoryInput> documents) {
        List<StoryAssignment> assignments = new ArrayList<>(documents.size());
        documents.forEach(document -> assignments.add(clusterer.add(document)));
        return assignments;
    }
}
