package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.PortalId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a term appeared in one portal's articles on one day (UTC).
 *
 * @param count    occurrences
 * @param docCount articles of that portal and day containing the term
 */
public record TermDayCount(String term, PortalId portalId, LocalDate day, int count, int docCount) {
    public TermDayCount {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(day, "day");
    }
}
