package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.port.out.RunLeases;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes runs left {@code RUNNING} by a process that is gone: its lease is no longer held (the
 * process or its database session ended), or, for a run without a lease key, it gave no sign of
 * life for longer than the policy allows. Each is marked {@code ABORTED} with the reason, and the
 * frontier entries it held are given back.
 */
final class DeadRuns {
    private static final Logger log = LoggerFactory.getLogger(DeadRuns.class);

    private final UnitOfWork unitOfWork;
    private final RunLeases leases;
    private final Clock clock;
    private final FrontierPolicy policy;

    DeadRuns(UnitOfWork unitOfWork, RunLeases leases, Clock clock, FrontierPolicy policy) {
        this.unitOfWork = unitOfWork;
        this.leases = leases;
        this.clock = clock;
        this.policy = policy;
    }

    /** @return the runs closed */
    List<IngestRun> close() {
        return unitOfWork.execute(repos -> {
            Instant now = clock.instant();
            List<IngestRun> running = repos.ingestRuns().find(Query.of(IngestRun.class)
                    .where(IngestRunField.STATUS.eq(IngestRunStatus.RUNNING)).orderBy(IngestRunField.STARTED_AT.asc()));
            return running.stream().filter(run -> reason(run, now) != null).map(run -> {
                String reason = reason(run, now);
                int released = repos.frontier().release(run.id(), now, policy.maxAttempts());
                log.warn("Ingest run {} started {} was left running: {}; marked ABORTED, {} frontier entries given back",
                        run.id(), run.startedAt(), reason, released);
                // another process's clock may run ahead of ours: a run never ends before its last sign of life
                Instant finished = now.isBefore(run.lastSignOfLife()) ? run.lastSignOfLife() : now;
                return repos.ingestRuns().update(run.finish(finished, IngestRunStatus.ABORTED, run.counts(), reason));
            }).toList();
        });
    }

    /** Why the run is taken for dead, or null while it may be alive. */
    private String reason(IngestRun run, Instant now) {
        if (run.leaseKey() != null) {
            return leases.isHeld(run.leaseKey()) ? null
                    : "its process is gone (no database session holds its lease; last sign of life " + run.lastSignOfLife() + ")";
        }
        Instant last = run.lastSignOfLife();
        return last.isBefore(now.minus(policy.runStaleAfter()))
                ? "no sign of life since " + last + " (more than " + policy.runStaleAfter() + ")" : null;
    }
}
