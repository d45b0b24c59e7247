package io.newsaggregator.ingest;

import java.time.OffsetDateTime;

/**
 * Publication and modification time of a page; either may be null when the page does not show it.
 */
record PublicationDates(OffsetDateTime published, OffsetDateTime modified) {
    public static final PublicationDates NONE = new PublicationDates(null, null);
}
