package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.port.out.IngestRunRepository;
import io.newsaggregator.domain.query.Query;
import java.util.Optional;
import org.hibernate.Session;

/** Ingest runs over JPA. */
final class JpaIngestRunRepository extends JpaCrudRepository<IngestRun, IngestRunId, IngestRunEntity>
        implements IngestRunRepository {
    static final FieldWhitelist<IngestRun> FIELDS = FieldWhitelist.of(IngestRun.class)
            .id(IngestRunField.ID, "id", IngestRunId::value, IngestRunId::new)
            .plain(IngestRunField.STARTED_AT, "startedAt")
            .plain(IngestRunField.FINISHED_AT, "finishedAt")
            .plain(IngestRunField.STATUS, "status")
            .build();
    private static final AggregateMapping<IngestRun, IngestRunId, IngestRunEntity> MAPPING = new AggregateMapping<>(
            "IngestRun", IngestRunEntity.class, EntityMappers.INGEST_RUN, FIELDS, IngestRun::id, IngestRunId::value);

    JpaIngestRunRepository(Session session) {
        super(session, MAPPING);
    }

    @Override
    public Optional<IngestRun> latest() {
        return find(Query.of(IngestRun.class).orderBy(IngestRunField.STARTED_AT.desc(), IngestRunField.ID.desc()).limit(1))
                .stream().findFirst();
    }
}
