package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.IngestCounts;
import java.time.Duration;

/**
 * Progress of ingest, for a progress bar, log lines or metrics: of a one-shot run, or of a fleet
 * worker's polls and drains. Called from worker threads.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    default void portalStarted(String portalCode) {
    }

    /** @param articles how many article pages the portal will fetch in this run */
    default void articlesPlanned(String portalCode, int articles) {
    }

    default void articleDone(String portalCode, String url, boolean failed) {
    }

    default void portalFinished(String portalCode, IngestCounts counts, String failure) {
    }

    /** A request for the portal (feed, section page, sitemap, article or robots.txt) and how it ended, as its fetch event says. */
    default void fetched(String portalCode, FetchTarget target, FetchOutcome outcome) {
    }

    /** A batch of the portal's articles stored in one unit of work: how many were new or updated, and how long the store took. */
    default void batchStored(String portalCode, int inserted, int updated, Duration took) {
    }
}
