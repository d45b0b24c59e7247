package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryId;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The frontier: article links discovery found, as durable work shared by every ingest process.
 * Entries are claimed with a lease ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so concurrent
 * processes take different entries) and end {@code DONE} or, after too many attempts, {@code FAILED}.
 */
public interface FrontierRepository extends CrudRepository<FrontierEntry, FrontierEntryId> {

    /**
     * Adds links as pending work, one entry per portal and canonical URL. An entry already pending
     * or leased stays as it is; a {@code DONE} one is pending again with its attempts reset; a
     * {@code FAILED} one stays failed (it was given up on, and a page that kills its fetcher must
     * not be retried every time its feed changes).
     *
     * @return how many of the entries are pending after this call because of it
     */
    int enqueue(List<FrontierEntry> entries);

    /**
     * Leases up to {@code limit} entries of the portal: pending ones available at {@code now}, and
     * leased ones whose lease has ended, newest publication first. Each claimed entry's attempts
     * grow by one. Entries whose lease ended after {@code maxAttempts} attempts become
     * {@code FAILED} instead of being claimed again. Rows other transactions hold are skipped.
     */
    List<FrontierEntry> claim(PortalId portalId, IngestRunId runId, Instant now, Duration lease, int limit,
                              int maxAttempts);

    /** The article or its failure event is stored: the entries are {@code DONE}. */
    void complete(List<FrontierEntryId> ids, Instant now);

    /**
     * An attempt that another attempt may mend (a timeout, a server error): pending again from
     * {@code retryAt}, or {@code FAILED} once the entry has had {@code maxAttempts} attempts.
     */
    void retryLater(FrontierEntryId id, String reason, Instant retryAt, int maxAttempts, Instant now);

    /**
     * Gives back the leases of a run that ended without finishing them (its process died): pending
     * again at once, or {@code FAILED} when they have had {@code maxAttempts} attempts.
     *
     * @return how many leases were given back
     */
    int release(IngestRunId runId, Instant now, int maxAttempts);
}
