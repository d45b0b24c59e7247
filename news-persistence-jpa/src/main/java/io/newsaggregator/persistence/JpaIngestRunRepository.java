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
            .plain(IngestRunField.HEARTBEAT_AT, "heartbeatAt")
            .build();
    private static final AggregateMapping<IngestRun, IngestRunId, IngestRunEntity> MAPPING = new AggregateMapping<>(
            "IngestRun", IngestRunEntity.class, EntityMappers.INGEST_RUN, FIELDS, IngestRun::id, IngestRunId::value);

    private final NativeStatements sql;

    JpaIngestRunRepository(Session session, NativeStatements sql) {
        super(session, MAPPING);
        this.sql = sql;
    }

    @Override
    public void heartbeat(IngestRunId id, java.time.Instant at) {
        java.util.Objects.requireNonNull(id, "id");
        String statement = "update " + sql.names().ingestRun() + " set heartbeat_at = ? where id = ?";
        int updated = sql.run("recording a heartbeat of ingest run " + id, c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(statement)) {
                NativeStatements.setInstant(ps, 1, at);
                ps.setLong(2, id.value());
                return sql.slowLog().time(statement, ps::executeUpdate);
            }
        });
        if (updated == 0) {
            throw new io.newsaggregator.domain.error.NotFoundException("IngestRun", id);
        }
    }

    @Override
    public Optional<IngestRun> latest() {
        return find(Query.of(IngestRun.class).orderBy(IngestRunField.STARTED_AT.desc(), IngestRunField.ID.desc()).limit(1))
                .stream().findFirst();
    }
}
