package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

    @Test
    void computesBcubedAndPairwiseScoresOfAWorkedExample() {
        ClusteringScores scores = ClusteringScores.of(List.of("A", "A", "B", "B"), List.of("x", "x", "x", "y"));

        assertThat(scores.bcubedPrecision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(scores.bcubedRecall()).isCloseTo(0.75, within(1e-12));
        assertThat(scores.bcubedF1()).isCloseTo(12.0 / 17, within(1e-12));
        assertThat(scores.pairPrecision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(scores.pairRecall()).isCloseTo(0.5, within(1e-12));
        assertThat(scores.predictedClusters()).isEqualTo(2);
    }

    @Test
    void aPerfectClusteringScoresOneWhateverTheLabelsAreCalled() {
        ClusteringScores scores = ClusteringScores.of(List.of("A", "B", "A"), List.of("s9", "s1", "s9"));

        assertThat(scores.bcubedF1()).isEqualTo(1.0);
        assertThat(scores.pairF1()).isEqualTo(1.0);
    }

    @Test
    void scoresOnlyTheMarkedItemsButCountsUnmarkedOnesInTheirClusters() {
        ClusteringScores scores = ClusteringScores.of(List.of("A", "A", "B", "B"), List.of("x", "x", "x", "y"),
                new boolean[] {false, false, true, true});

        assertThat(scores.bcubedPrecision()).isCloseTo((1.0 / 3 + 1) / 2, within(1e-12));
        assertThat(scores.bcubedRecall()).isCloseTo(0.5, within(1e-12));
        assertThat(scores.pairPrecision()).isZero();
        assertThat(scores.pairRecall()).isZero();
        assertThat(scores.predictedClusters()).isEqualTo(2);
    }
}
