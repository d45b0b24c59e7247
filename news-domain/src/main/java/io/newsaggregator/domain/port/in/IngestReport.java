package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import java.util.List;

/** The stored run with its totals, and what happened per portal. */
public record IngestReport(IngestRun run, List<PortalResult> portals) {
    public IngestReport {
        portals = List.copyOf(portals);
    }

    /**
     * Whether nothing at all could be fetched: sources were due and every one of them failed (a
     * distinct outcome for the exit code; a run where every source was unchanged is not one).
     */
    public boolean everySourceFailed() {
        boolean everyPortalFailed = !portals.isEmpty() && portals.stream().allMatch(p -> p.failure() != null);
        return everyPortalFailed
                || run.counts().sourcesFailed() > 0 && run.counts().sourcesOk() == 0 && run.counts().sourcesNotModified() == 0;
    }

    /**
     * @param failure why the portal could not be ingested at all, or null when it was (its sources
     *                may still have failed one by one; see the counts and the fetch events)
     */
    public record PortalResult(String code, IngestCounts counts, String failure) {
    }
}
