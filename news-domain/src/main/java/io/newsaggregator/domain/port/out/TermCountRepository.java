package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.PortalId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Daily term counts per portal, and daily article counts per portal: the data behind trends. */
public interface TermCountRepository {
    /** Adds the counts to what is stored for each (term, portal, day); negative counts take back. */
    void add(List<TermDayCount> counts);

    /** Counts of the days {@code from..to} inclusive, for all portals or the given one (may be null). */
    List<TermDayCount> between(LocalDate from, LocalDate to, PortalId portalOrNull);

    /** Counts of the given terms over {@code from..to}, for all portals. */
    List<TermDayCount> ofTerms(List<String> terms, LocalDate from, LocalDate to);

    /** Analysed articles per portal and day over {@code from..to}. */
    Map<PortalId, Map<LocalDate, Long>> articlesPerDay(LocalDate from, LocalDate to);
}
