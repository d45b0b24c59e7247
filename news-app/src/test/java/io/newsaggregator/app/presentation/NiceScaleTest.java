package io.newsaggregator.app.presentation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NiceScaleTest {

    @Test
    void roundsTheMaximumUpToARoundStep() {
        NiceScale scale = NiceScale.upTo(928, 5, true);

        assertThat(scale.step()).isEqualTo(200);
        assertThat(scale.max()).isEqualTo(1000);
        assertThat(scale.ticks()).containsExactly(0.0, 200.0, 400.0, 600.0, 800.0, 1000.0);
    }

    @Test
    void usesWholeStepsForCounts() {
        NiceScale scale = NiceScale.upTo(3, 5, true);

        assertThat(scale.step()).isEqualTo(1);
        assertThat(scale.max()).isEqualTo(3);
    }

    @Test
    void allowsFractionalStepsForScores() {
        NiceScale scale = NiceScale.upTo(1.7, 5, false);

        assertThat(scale.step()).isEqualTo(0.5);
        assertThat(scale.max()).isEqualTo(2.0);
        assertThat(scale.label(0.5)).isEqualTo("0.5");
        assertThat(scale.label(2.0)).isEqualTo("2");
    }

    @Test
    void keepsAnExactMaximumInsteadOfAddingAStep() {
        assertThat(NiceScale.upTo(20, 5, true).max()).isEqualTo(20);
    }

    @Test
    void givesAUsableAxisWhenThereIsNoData() {
        NiceScale scale = NiceScale.upTo(0, 5, true);

        assertThat(scale.max()).isPositive();
        assertThat(scale.ticks()).first().isEqualTo(0.0);
    }
}
