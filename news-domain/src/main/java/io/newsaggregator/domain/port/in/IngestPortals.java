package io.newsaggregator.domain.port.in;

/**
 * Discovers, fetches, extracts and stores articles of portals. A source that fails is recorded and
 * the run goes on; the run fails only when the data store does.
 */
public interface IngestPortals {
    IngestReport ingest(IngestCommand command, IngestListener listener);
}
