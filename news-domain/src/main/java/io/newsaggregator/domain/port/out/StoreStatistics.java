package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.port.in.DatabaseDescription.IngestState;
import java.util.Map;

/**
 * Counts over the stored data, for a description of the database; an adapter may answer them with
 * plain aggregate queries instead of loading anything.
 */
public interface StoreStatistics {
    /** Rows per table, keyed "portals", "feeds", "categories", "articles", "revisions", "ingest runs", "fetch events", "frontier entries". */
    Map<String, Long> rowCounts();

    /** Ingest runs and frontier entries by status, and the latest {@code abortedShown} aborted runs. */
    IngestState ingestState(int abortedShown);
}
