package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void ceilingDoublesPerRetryUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3), () -> 0.5);
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.ceiling(200)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void fullJitterScalesTheCeilingByTheRandomDraw() {
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0).delay(3))
                .isEqualTo(Duration.ZERO);
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.25).delay(3))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.999).delay(1))
                .isEqualTo(Duration.ofMillis(999));
    }

    @Test
    void realRandomStaysWithinTheCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        for (int i = 0; i < 1000; i++) {
            assertThat(backoff.delay(3)).isBetween(Duration.ZERO, Duration.ofMillis(400));
        }
    }

    @Test
    void retryNumbersStartAtOne() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        assertThatThrownBy(() -> backoff.ceiling(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retry");
    }
}
