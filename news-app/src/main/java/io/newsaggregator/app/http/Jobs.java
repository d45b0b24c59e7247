package io.newsaggregator.app.http;

/**
 * Work the API may ask for, done in the background by whatever runs the service's work (today the
 * in-process worker). Each call only queues the work and returns.
 */
public interface Jobs {
    /**
     * Queues an ingest run of one portal of the catalog.
     *
     * @throws io.newsaggregator.domain.error.NotFoundException when the catalog has no such portal
     */
    void pollPortal(String portalCode);

    /** Queues an analyse run over new and changed articles. */
    void analyseNow();

    /** How many queued or running jobs there are. */
    int pending();
}
