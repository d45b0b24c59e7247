package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.port.out.HostSlots;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private final FakeTime time = new FakeTime();

    @Test
    void spacesRequestStartsToOneHostByTheInterval() throws Exception {
        HostGate gate = new HostGate(2, time, time);
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void doesNotWaitWhenTheIntervalHasAlreadyPassed() throws Exception {
        HostGate gate = new HostGate(2, time, time);
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        time.advance(Duration.ofSeconds(5));
        gate.enter("news.example", Duration.ofSeconds(1)).close();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void hostsAreThrottledIndependently() throws Exception {
        HostGate gate = new HostGate(1, time, time);
        try (HostGate.Permit a = gate.enter("a.example", Duration.ofSeconds(1));
             HostGate.Permit b = gate.enter("b.example", Duration.ofSeconds(1))) {
            assertThat(time.sleeps()).isEmpty();
        }
    }

    @Test
    void permitIsReturnedOnClose() throws Exception {
        HostGate gate = new HostGate(1, time, time);
        gate.enter("a.example", Duration.ZERO).close();
        // would block forever if the single permit had leaked
        gate.enter("a.example", Duration.ZERO).close();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void withSharedSlotsARequestWaitsUntilTheStoreGivesItTheHostsSlotAndGivesItBackWhenDone() throws Exception {
        // as if another process held the slot for the first two tries, then its interval ran 300 ms more
        List<String> calls = new ArrayList<>();
        HostSlots slots = new HostSlots() {
            private int tries;

            @Override
            public Instant tryTake(String host, Instant now, Duration leaseFor) {
                calls.add("take " + host + " lease " + leaseFor.toSeconds());
                tries++;
                return tries == 1 ? now.plusMillis(50) : tries == 2 ? now.plusMillis(300) : null;
            }

            @Override
            public void giveBack(String host, Instant now, Duration interval) {
                calls.add("give back " + host + " interval " + interval.toSeconds());
            }
        };
        HostGate gate = new HostGate(2, time, time, slots, Duration.ofSeconds(60));
        HostGate.Permit permit = gate.enter("news.example", Duration.ofSeconds(1));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(300));
        assertThat(calls).containsExactly("take news.example lease 60", "take news.example lease 60", "take news.example lease 60");
        permit.close();
        assertThat(calls).endsWith("give back news.example interval 1");
    }

    @Test
    void aZeroIntervalNeverAsksTheSharedSlots() throws Exception {
        HostSlots refusing = new HostSlots() {
            @Override
            public Instant tryTake(String host, Instant now, Duration leaseFor) {
                throw new AssertionError("no slot needed without an interval");
            }

            @Override
            public void giveBack(String host, Instant now, Duration interval) {
                throw new AssertionError("no slot was taken");
            }
        };
        HostGate gate = new HostGate(1, time, time, refusing, Duration.ofSeconds(60));
        gate.enter("a.example", Duration.ZERO).close();
        assertThat(time.sleeps()).isEmpty();
    }
}
