package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedField;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import java.time.Duration;

class FeedRepositoryIT extends CrudRepositoryContract<Feed, FeedId, String> {
    private PortalId portal;

    @Override CrudRepository<Feed, FeedId> repository(Repositories r) { return r.feeds(); }
    @Override Class<Feed> type() { return Feed.class; }
    @Override String typeName() { return "Feed"; }
    @Override void newScope(Repositories r) { portal = r.portals().save(Fixtures.portal()).id(); }
    @Override Feed newAggregate(int i) { return Feed.create(portal, FeedKind.values()[i % 3], "https://example.org/feed/" + i, null, null); }
    @Override Condition<Feed> inScope() { return FeedField.PORTAL_ID.eq(portal); }
    @Override Field<Feed, String> markerField() { return FeedField.URL; }
    @Override String markerOf(Feed f) { return f.url(); }
    @Override Field<Feed, ?> nullField() { return FeedField.QUARANTINED_UNTIL; }
    @Override String likePattern() { return "https://example.org/feed/%"; }
    @Override Field<Feed, FeedId> idField() { return FeedField.ID; }
    @Override FeedId idOf(Feed f) { return f.id(); }
    @Override Feed withId(Feed f, FeedId id) { return f.withId(id); }
    @Override FeedId missingId() { return FeedId.of(987_654_321L); }

    @Override
    Feed changed(Feed f) {
        return f.failed(Fixtures.T0, "HTTP 503 from https://example.org/feed", 1, Duration.ofMinutes(5), Duration.ofHours(1));
    }
}
