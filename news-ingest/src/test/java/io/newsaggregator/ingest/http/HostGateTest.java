package io.newsaggregator.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private final FakeTime time = new FakeTime();

    @Test
    void spacesRequestStartsToOneHostByTheInterval() throws Exception {
        HostGate gate = new HostGate(2, time, time, null);
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void doesNotWaitWhenTheIntervalHasAlreadyPassed() throws Exception {
        HostGate gate = new HostGate(2, time, time, null);
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        time.advance(Duration.ofSeconds(5));
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void hostsAreThrottledIndependently() throws Exception {
        HostGate gate = new HostGate(1, time, time, null);
        try (HostGate.Permit a = gate.enter("a.example", Duration.ofSeconds(1));
             HostGate.Permit b = gate.enter("b.example", Duration.ofSeconds(1))) {
            assertThat(time.sleeps()).isEmpty();
        }
    }

    @Test
    void permitIsReturnedOnClose() throws Exception {
        HostGate gate = new HostGate(1, time, time, null);
        gate.enter("a.example", Duration.ZERO).close();
        // would block forever if the single permit had leaked
        gate.enter("a.example", Duration.ZERO).close();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void withSharedSlotsEachRequestWaitsForTheSlotTheStoreGaveIt() throws Exception {
        // as if another process had reserved the host's next two seconds
        java.util.List<String> reserved = new java.util.ArrayList<>();
        HostGate gate = new HostGate(2, time, time, (host, interval, now) -> {
            reserved.add(host + " " + interval.toSeconds());
            return now.plusSeconds(2);
        });
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(reserved).containsExactly("news.example 1");
    }

    @Test
    void aZeroIntervalNeverAsksTheSharedSlots() throws Exception {
        HostGate gate = new HostGate(1, time, time, (host, interval, now) -> {
            throw new AssertionError("no slot needed without an interval");
        });
        gate.enter("a.example", Duration.ZERO).close();
        assertThat(time.sleeps()).isEmpty();
    }
}
