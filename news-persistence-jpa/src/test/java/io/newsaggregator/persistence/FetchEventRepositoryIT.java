package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;

class FetchEventRepositoryIT extends CrudRepositoryContract<FetchEvent, FetchEventId, String> {
    private PortalId portal;

    @Override CrudRepository<FetchEvent, FetchEventId> repository(Repositories r) { return r.fetchEvents(); }
    @Override Class<FetchEvent> type() { return FetchEvent.class; }
    @Override String typeName() { return "FetchEvent"; }
    @Override void newScope(Repositories r) { portal = r.portals().save(Fixtures.portal()).id(); }

    @Override
    FetchEvent newAggregate(int i) {
        return new FetchEvent(null, null, portal, null, FetchTarget.ARTICLE, "https://example.org/fetched/" + i, 200,
                1000L * i, 20L * i, FetchOutcome.OK, null, null, Fixtures.T0.plusSeconds(i));
    }

    @Override Condition<FetchEvent> inScope() { return FetchEventField.PORTAL_ID.eq(portal); }
    @Override Field<FetchEvent, String> markerField() { return FetchEventField.URL; }
    @Override String markerOf(FetchEvent e) { return e.url(); }
    @Override Field<FetchEvent, ?> nullField() { return FetchEventField.RUN_ID; }
    @Override String likePattern() { return "https://example.org/fetched/%"; }
    @Override Field<FetchEvent, FetchEventId> idField() { return FetchEventField.ID; }
    @Override FetchEventId idOf(FetchEvent e) { return e.id(); }
    @Override FetchEvent withId(FetchEvent e, FetchEventId id) { return e.withId(id); }
    @Override FetchEventId missingId() { return FetchEventId.of(987_654_321L); }

    @Override
    FetchEvent changed(FetchEvent e) {
        return new FetchEvent(e.id(), e.runId(), e.portalId(), e.feedId(), e.target(), e.url(), 503, 0, 30_000,
                FetchOutcome.FAILED, io.newsaggregator.domain.model.FetchErrorClass.SERVER_ERROR, "HTTP 503 from example.org", e.occurredAt());
    }
}
