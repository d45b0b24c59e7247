package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Query;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchEventRetentionTest {
    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    private final InMemoryStore store = new InMemoryStore();

    @Test
    void deletesEveryPortalsEventsBeforeTheCutoffAndKeepsTheRest() {
        PortalId bbc = store.execute(r -> r.portals().save(Portal.create("bbc", "BBC", "https://bbc.example/", "en")).id());
        PortalId dw = store.execute(r -> r.portals().save(Portal.create("dw", "DW", "https://dw.example/", "de")).id());
        store.run(r -> r.fetchEvents().saveAll(List.of(event(bbc, 0), event(bbc, 10), event(bbc, 40), event(dw, 5),
                event(dw, 30), event(dw, 31))));

        long deleted = new FetchEventRetention(store).before(T0.plusSeconds(30 * 86_400L));

        assertThat(deleted).isEqualTo(3);
        List<FetchEvent> kept = store.readOnly(r -> r.fetchEvents().find(Query.of(FetchEvent.class)));
        assertThat(kept)
                .extracting(FetchEvent::portalId, FetchEvent::occurredAt)
                .containsExactlyInAnyOrder(tuple(bbc, day(40)),
                        tuple(dw, day(30)), tuple(dw, day(31)));
        assertThat(new FetchEventRetention(store).before(T0.plusSeconds(30 * 86_400L))).isZero();
    }

    private static Instant day(int n) {
        return T0.plusSeconds(n * 86_400L);
    }

    private static FetchEvent event(PortalId portal, int day) {
        return new FetchEvent(null, null, portal, null, FetchTarget.FEED, "https://example.org/rss?" + day, 200, 100, 5,
                FetchOutcome.OK, null, null, day(day));
    }
}
