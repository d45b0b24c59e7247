package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.model.PollOutcome;
import io.newsaggregator.domain.service.PollPolicy.Next;
import io.newsaggregator.domain.service.PollPolicy.Observation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final PollPolicy policy = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(4), Duration.ofMinutes(30), 0.5, 2.0);

    @Test
    void newArticlesShortenTheInterval() {
        Next next = policy.next(NOW, Duration.ofMinutes(40), Observation.of(PollOutcome.NEW_ARTICLES, 3));

        assertThat(next.interval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(next.at()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void pollsWithoutNewArticlesLengthenIt() {
        assertThat(policy.next(NOW, Duration.ofMinutes(40), Observation.of(PollOutcome.NO_CHANGE, 0)).interval())
                .isEqualTo(Duration.ofMinutes(80));
        assertThat(policy.next(NOW, Duration.ofMinutes(40), Observation.of(PollOutcome.NOT_MODIFIED, 0)).interval())
                .isEqualTo(Duration.ofMinutes(80));
        assertThat(policy.next(NOW, Duration.ofMinutes(40), Observation.of(PollOutcome.FAILED, 0)).interval())
                .isEqualTo(Duration.ofMinutes(80));
    }

    @Test
    void theIntervalStaysWithinItsBounds() {
        Duration interval = Duration.ofMinutes(30);
        for (int i = 0; i < 20; i++) {
            interval = policy.next(NOW, interval, Observation.of(PollOutcome.NEW_ARTICLES, 1)).interval();
        }
        assertThat(interval).isEqualTo(Duration.ofMinutes(5));
        for (int i = 0; i < 20; i++) {
            interval = policy.next(NOW, interval, Observation.of(PollOutcome.NOT_MODIFIED, 0)).interval();
        }
        assertThat(interval).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aSourceNeverPolledStartsFromTheInitialInterval() {
        assertThat(policy.next(NOW, null, Observation.of(PollOutcome.NO_CHANGE, 0)).interval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aCurrentIntervalOutsideTheBoundsIsBroughtBackFirst() {
        assertThat(policy.next(NOW, Duration.ofDays(3), Observation.of(PollOutcome.NEW_ARTICLES, 1)).interval())
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aFreshResponseDefersThePollUpToTheLongestInterval() {
        Observation fresh = new Observation(PollOutcome.NEW_ARTICLES, 2, Duration.ofMinutes(45), null, null);
        Next next = policy.next(NOW, Duration.ofMinutes(20), fresh);
        assertThat(next.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(next.at()).isEqualTo(NOW.plus(Duration.ofMinutes(45)));

        Observation veryFresh = new Observation(PollOutcome.NEW_ARTICLES, 2, Duration.ofDays(30), null, null);
        assertThat(policy.next(NOW, Duration.ofMinutes(20), veryFresh).at()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void aShortFreshnessNeverBringsThePollForward() {
        Observation fresh = new Observation(PollOutcome.NO_CHANGE, 0, Duration.ofSeconds(10), null, null);
        assertThat(policy.next(NOW, Duration.ofMinutes(20), fresh).at()).isEqualTo(NOW.plus(Duration.ofMinutes(40)));
    }

    @Test
    void retryAfterIsHonouredEvenBeyondTheLongestInterval() {
        Observation busy = new Observation(PollOutcome.FAILED, 0, null, Duration.ofHours(8), null);
        assertThat(policy.next(NOW, Duration.ofMinutes(20), busy).at()).isEqualTo(NOW.plus(Duration.ofHours(8)));
    }

    @Test
    void aQuarantinedSourceWaitsForItsQuarantineToEndAndKeepsItsInterval() {
        Instant until = NOW.plus(Duration.ofHours(12));
        Next next = policy.next(NOW, Duration.ofMinutes(20), new Observation(PollOutcome.QUARANTINED, 0, null, null, until));
        assertThat(next.interval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(next.at()).isEqualTo(until);
    }

    @Test
    void aQuarantineAlreadyOverChangesNothing() {
        Observation failed = new Observation(PollOutcome.FAILED, 0, null, null, NOW.minusSeconds(1));
        assertThat(policy.next(NOW, Duration.ofMinutes(20), failed).at()).isEqualTo(NOW.plus(Duration.ofMinutes(40)));
    }

    @Test
    void boundsAndFactorsAreChecked() {
        assertThatThrownBy(() -> new PollPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(1), 0.5, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PollPolicy(Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofMinutes(7), 0.5, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PollPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(2), 0.5, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PollPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 0, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PollPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 0.5, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
