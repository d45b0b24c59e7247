package io.newsaggregator.analysis.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Articles per day containing one term, on one portal or across all of them, ready for a chart.
 *
 * @param term   the term
 * @param portal portal key, or {@link #ALL_PORTALS} for the sum over portals
 * @param from   day of the first value
 * @param values one value per consecutive day starting at {@code from}; days without data are 0
 */
public record DailySeries(String term, String portal, LocalDate from, List<Integer> values) {

    /** Portal key of the series summed over every portal. */
    public static final String ALL_PORTALS = "*";

    public DailySeries {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(from, "from");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** Day of the last value (the day before {@code from} when empty). */
    public LocalDate to() {
        return from.plusDays(values.size() - 1L);
    }
}
