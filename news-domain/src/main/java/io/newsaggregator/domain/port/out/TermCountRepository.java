package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.analysis.WrittenForm;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Daily term counts per portal, how the counted terms were written, and daily article counts per
 * portal: the data behind trends. Counts are kept on each {@link TimeBasis}: by the day an article
 * was first seen by this store, and by its publication day (else its first-seen day).
 */
public interface TermCountRepository {
    /**
     * Adds the counts to what is stored for each (term, portal, day) of days on {@code basis};
     * negative counts take back.
     */
    void add(TimeBasis basis, List<TermDayCount> counts);

    /**
     * Counts of the days {@code from..to} inclusive on {@code basis}, for all portals or the given
     * one (may be null).
     */
    List<TermDayCount> between(TimeBasis basis, LocalDate from, LocalDate to, PortalId portalOrNull);

    /** Counts of the given terms over the days {@code from..to} on {@code basis}, for all portals. */
    List<TermDayCount> ofTerms(TimeBasis basis, List<String> terms, LocalDate from, LocalDate to);

    /** Analysed articles per portal and day over {@code from..to}, articles dated on {@code basis}. */
    Map<PortalId, Map<LocalDate, Long>> articlesPerDay(TimeBasis basis, LocalDate from, LocalDate to);

    /**
     * Adds the occurrences to what is stored for each (term, text); negative counts take back, and
     * a form taken back to nothing is forgotten.
     */
    void addWrittenForms(List<WrittenForm> forms);

    /**
     * The most frequent written form of each given term that has one (on a tie the form that sorts
     * first); terms never counted are absent.
     */
    Map<String, String> mostFrequentForms(Collection<String> terms);
}
