package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;
import java.time.Instant;

/** Queryable fields of {@link IngestRun}. */
public final class IngestRunField {
    public static final Field<IngestRun, IngestRunId> ID = Field.of(IngestRun.class, "id", IngestRunId.class);
    public static final Field<IngestRun, Instant> STARTED_AT = Field.of(IngestRun.class, "startedAt", Instant.class);
    public static final Field<IngestRun, Instant> FINISHED_AT = Field.of(IngestRun.class, "finishedAt", Instant.class);
    public static final Field<IngestRun, IngestRunStatus> STATUS = Field.of(IngestRun.class, "status", IngestRunStatus.class);

    public static final Field<IngestRun, Instant> HEARTBEAT_AT = Field.of(IngestRun.class, "heartbeatAt", Instant.class);

    private IngestRunField() {
    }
}
