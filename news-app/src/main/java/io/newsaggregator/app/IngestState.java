package io.newsaggregator.app;

import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryField;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where ingest stands, for {@code db-info}: runs by status, the latest runs closed as aborted with
 * their reasons, the frontier's entries by status, and the portals whose body rule fell short
 * ({@link RuleHealth}).
 */
record IngestState(Map<IngestRunStatus, Long> runs, List<IngestRun> latestAborted, Map<FrontierStatus, Long> frontier,
                   Map<String, Long> ruleMisses) {
    private static final int ABORTED_SHOWN = 5;

    static IngestState of(UnitOfWork unitOfWork) {
        return unitOfWork.readOnly(repos -> {
            Map<IngestRunStatus, Long> runs = new LinkedHashMap<>();
            for (IngestRunStatus status : IngestRunStatus.values()) {
                runs.put(status, repos.ingestRuns().count(Query.of(IngestRun.class).where(IngestRunField.STATUS.eq(status))));
            }
            List<IngestRun> aborted = repos.ingestRuns().find(Query.of(IngestRun.class)
                    .where(IngestRunField.STATUS.eq(IngestRunStatus.ABORTED))
                    .orderBy(IngestRunField.STARTED_AT.desc()).limit(ABORTED_SHOWN));
            Map<FrontierStatus, Long> frontier = new LinkedHashMap<>();
            for (FrontierStatus status : FrontierStatus.values()) {
                frontier.put(status, repos.frontier().count(Query.of(FrontierEntry.class)
                        .where(FrontierEntryField.STATUS.eq(status))));
            }
            return new IngestState(runs, aborted, frontier, RuleHealth.overall(repos));
        });
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runs", runs);
        json.put("latestAborted", latestAborted.stream().map(run -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", run.id().value());
            entry.put("startedAt", run.startedAt().toString());
            entry.put("closedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
            entry.put("reason", run.message());
            return entry;
        }).toList());
        json.put("frontier", frontier);
        json.put("ruleMisses", ruleMisses);
        return json;
    }

    void print(Output out) {
        out.line("Ingest runs:");
        runs.forEach((status, count) -> out.line("  %-18s %,d", status, count));
        latestAborted.forEach(run -> out.line("  aborted run %s (started %s): %s", run.id(), run.startedAt(), run.message()));
        out.line("Frontier:");
        frontier.forEach((status, count) -> out.line("  %-18s %,d", status, count));
        if (!ruleMisses.isEmpty()) {
            out.line("Rule health:");
            RuleHealth.print(out, ruleMisses);
        }
    }
}
