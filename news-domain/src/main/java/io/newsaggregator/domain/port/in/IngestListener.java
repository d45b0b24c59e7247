package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.IngestCounts;

/** Progress of an ingest run, for a progress bar or log lines. Called from worker threads. */
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
}
