package io.newsaggregator.domain.report;

import java.time.LocalDate;
import java.util.Objects;

/** How many articles one portal published on one day. */
public record PortalDayCount(String portal, LocalDate day, long count) {
    public PortalDayCount {
        Counts.requireText(portal, "portal");
        Objects.requireNonNull(day, "day");
        Counts.requireNonNegative(count, "count");
    }
}
