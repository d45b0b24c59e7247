package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.report.ReportData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the report shows for a period of days (UTC): articles per portal and day, rising terms of
 * the last day, the biggest stories with who covered them when, and a profile per portal.
 */
public interface BuildReport {

    ReportData build(Request request);

    /**
     * @param from  the first day (UTC)
     * @param to    the last day (UTC), inclusive; its terms are the rising ones
     * @param basis which time dates an article; totals, days, stories and profiles count only the
     *              articles of the period on it
     */
    record Request(LocalDate from, LocalDate to, TimeBasis basis) {
        public Request {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(basis, "basis");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the report period ends (" + to + ") before it starts (" + from + ")");
            }
        }

        /** The days {@code from..to}, articles dated by when they were first seen. */
        public static Request firstSeen(LocalDate from, LocalDate to) {
            return new Request(from, to, TimeBasis.FIRST_SEEN);
        }
    }
}
