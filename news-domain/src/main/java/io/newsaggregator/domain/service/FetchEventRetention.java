package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.PruneFetchEvents;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@link PruneFetchEvents} portal by portal, each delete on the events' (portal, time) index. */
public final class FetchEventRetention implements PruneFetchEvents {
    private final UnitOfWork unitOfWork;

    public FetchEventRetention(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public long before(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        List<PortalId> portals = unitOfWork.readOnly(repos -> repos.portals().find(Query.of(Portal.class)))
                .stream().map(Portal::id).toList();
        long deleted = 0;
        for (PortalId portal : portals) {
            deleted += unitOfWork.execute(repos -> repos.fetchEvents().delete(Query.of(FetchEvent.class)
                    .where(FetchEventField.PORTAL_ID.eq(portal).and(FetchEventField.OCCURRED_AT.lt(cutoff)))));
        }
        return deleted;
    }
}
