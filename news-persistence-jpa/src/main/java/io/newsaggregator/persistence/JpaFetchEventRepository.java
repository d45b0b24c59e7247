package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.FetchEventRepository;
import io.newsaggregator.domain.query.Query;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/** The fetch log over JPA. */
final class JpaFetchEventRepository extends JpaCrudRepository<FetchEvent, FetchEventId, FetchEventEntity>
        implements FetchEventRepository {
    static final FieldWhitelist<FetchEvent> FIELDS = FieldWhitelist.of(FetchEvent.class)
            .id(FetchEventField.ID, "id", FetchEventId::value, FetchEventId::new)
            .id(FetchEventField.RUN_ID, "runId", IngestRunId::value, IngestRunId::new)
            .id(FetchEventField.PORTAL_ID, "portalId", PortalId::value, PortalId::new)
            .id(FetchEventField.FEED_ID, "feedId", FeedId::value, FeedId::new)
            .plain(FetchEventField.TARGET, "target")
            .plain(FetchEventField.URL, "url")
            .plain(FetchEventField.OUTCOME, "outcome")
            .plain(FetchEventField.ERROR_CLASS, "errorClass")
            .plain(FetchEventField.OCCURRED_AT, "occurredAt")
            .build();
    private static final AggregateMapping<FetchEvent, FetchEventId, FetchEventEntity> MAPPING = new AggregateMapping<>(
            "FetchEvent", FetchEventEntity.class, EntityMappers.FETCH_EVENT, FIELDS, FetchEvent::id, FetchEventId::value);

    JpaFetchEventRepository(Session session) {
        super(session, MAPPING);
    }

    @Override
    public List<FetchEvent> findByRun(IngestRunId runId) {
        Objects.requireNonNull(runId, "runId");
        return find(Query.of(FetchEvent.class).where(FetchEventField.RUN_ID.eq(runId)).orderBy(FetchEventField.OCCURRED_AT.asc()));
    }
}
