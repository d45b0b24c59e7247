package io.newsaggregator.analysis.trend;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often one term (or phrase) appeared on one portal on one day.
 *
 * @param term     normalised term or phrase
 * @param portal   portal key
 * @param day      publication day
 * @param count    occurrences of the term in that portal's articles of the day
 * @param docCount number of that portal's articles of the day that contain the term (the
 *                 document frequency the trend scores are computed on)
 */
public record TermDayCount(String term, String portal, LocalDate day, int count, int docCount) {

    public TermDayCount {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(day, "day");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        if (docCount < 0) {
            throw new IllegalArgumentException("docCount must be >= 0: " + docCount);
        }
    }
}
