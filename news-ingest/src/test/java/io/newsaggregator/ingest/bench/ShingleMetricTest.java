package io.newsaggregator.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void tokensAreUnicodeWordRunsWithoutPunctuation() {
        assertThat(ShingleMetric.tokens("Größe: 12,5 — naïve café's!"))
                .containsExactly("Größe", "12", "5", "naïve", "café", "s");
    }

    @Test
    void identicalTextsScorePerfectlyAndExactly() {
        ShingleMetric.PageScore s = ShingleMetric.score("One two three four five.", "One two, three four five");
        assertThat(s.tp()).isEqualTo(2);
        assertThat(s.fp()).isZero();
        assertThat(s.fn()).isZero();
        assertThat(s.exact()).isTrue();
    }

    @Test
    void extraPredictedTextCostsPrecisionOnly() {
        ShingleMetric.PageScore s = ShingleMetric.score("a b c d e Share this", "a b c d e");
        assertThat(s.tp()).isEqualTo(2);
        assertThat(s.fp()).isEqualTo(2);
        assertThat(s.fn()).isZero();
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(s.exact()).isFalse();
    }

    @Test
    void blocksJoinedWithoutSeparatorMergeTokensAndLoseShingles() {
        ShingleMetric.PageScore s = ShingleMetric.score("a b c dE f g h", "a b c d\nE f g h");
        assertThat(s.tp()).isZero();
        assertThat(s.fn()).isEqualTo(5);
    }

    @Test
    void shingleCountsAreMultisets() {
        ShingleMetric.PageScore s = ShingleMetric.score("x y z w", "x y z w x y z w");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(4);
    }

    @Test
    void shortTextIsOneShorterShingle() {
        assertThat(ShingleMetric.shingles(ShingleMetric.tokens("just two"))).containsOnlyKeys(List.of("just", "two"));
        assertThat(ShingleMetric.score("just two", "just two").tp()).isEqualTo(1);
    }

    @Test
    void summaryAveragesPrecisionOverPredictedPagesAndRecallOverTruthPages() {
        ShingleMetric.PageScore perfect = ShingleMetric.score("a b c d", "a b c d");
        ShingleMetric.PageScore empty = ShingleMetric.score("", "a b c d");
        ShingleMetric.Summary summary = ShingleMetric.summarize(List.of(perfect, empty));
        assertThat(summary.precision()).isCloseTo(1.0, within(1e-9));
        assertThat(summary.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(summary.accuracy()).isCloseTo(0.5, within(1e-9));
    }
}
