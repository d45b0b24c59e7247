package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored run with its totals, what happened per portal, and the run's failed fetches.
 *
 * @param failures   the fetch events of the run whose outcome is {@code FAILED}, in the order they happened
 * @param ruleMisses rule health of the run: per portal code, the article pages stored with the generic
 *                   text because the portal's body rule fell short (only portals with such pages)
 */
public record IngestReport(IngestRun run, List<PortalResult> portals, List<FetchEvent> failures,
                           Map<String, Long> ruleMisses) {
    public IngestReport {
        portals = List.copyOf(portals);
        failures = List.copyOf(failures);
        ruleMisses = Collections.unmodifiableMap(new LinkedHashMap<>(ruleMisses));
    }

    /**
     * Whether nothing at all could be fetched: something failed (a source or a whole portal) and
     * nothing succeeded (no source read or unchanged, no article stored, updated or confirmed). A
     * distinct outcome for the exit code; a run where every source was unchanged is not one, nor is
     * one whose feeds failed while articles left pending by an earlier run were stored.
     */
    public boolean everySourceFailed() {
        IngestCounts total = run.counts();
        boolean anythingFetched = total.sourcesOk() + total.sourcesNotModified() + total.articlesNew()
                + total.articlesUpdated() + total.articlesUnchanged() > 0;
        boolean anythingFailed = total.sourcesFailed() > 0 || portals.stream().anyMatch(p -> p.failure() != null);
        return anythingFailed && !anythingFetched;
    }

    /**
     * @param failure why the portal could not be ingested at all, or null when it was (its sources
     *                may still have failed one by one; see the counts and the fetch events)
     */
    public record PortalResult(String code, IngestCounts counts, String failure) {
    }
}
