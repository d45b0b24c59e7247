package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import java.time.Duration;
import java.time.Instant;

class IngestRunRepositoryIT extends CrudRepositoryContract<IngestRun, IngestRunId, Instant> {
    private static int scopes;
    private Instant base;

    @Override CrudRepository<IngestRun, IngestRunId> repository(Repositories r) { return r.ingestRuns(); }
    @Override Class<IngestRun> type() { return IngestRun.class; }
    @Override String typeName() { return "IngestRun"; }
    @Override void newScope(Repositories r) { base = Fixtures.T0.plus(Duration.ofDays(++scopes)); }
    @Override IngestRun newAggregate(int i) { return IngestRun.start(base.plusSeconds(i)); }

    @Override
    Condition<IngestRun> inScope() {
        return IngestRunField.STARTED_AT.ge(base).and(IngestRunField.STARTED_AT.lt(base.plus(Duration.ofHours(1))));
    }

    @Override Field<IngestRun, Instant> markerField() { return IngestRunField.STARTED_AT; }
    @Override Instant markerOf(IngestRun r) { return r.startedAt(); }
    @Override Field<IngestRun, ?> nullField() { return IngestRunField.FINISHED_AT; }
    @Override String likePattern() { return null; }
    @Override Field<IngestRun, IngestRunId> idField() { return IngestRunField.ID; }
    @Override IngestRunId idOf(IngestRun r) { return r.id(); }
    @Override IngestRun withId(IngestRun r, IngestRunId id) { return r.withId(id); }
    @Override IngestRunId missingId() { return IngestRunId.of(987_654_321L); }

    @Override
    IngestRun changed(IngestRun r) {
        return r.finish(r.startedAt().plusSeconds(90), IngestRunStatus.COMPLETED,
                new IngestCounts(1, 2, 3, 4, 5, 6, 7, 8, 9), "20 portals, 5 new articles");
    }
}
