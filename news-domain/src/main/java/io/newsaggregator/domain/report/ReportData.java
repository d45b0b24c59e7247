package io.newsaggregator.domain.report;

import io.newsaggregator.domain.model.TimeBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one report shows for the days {@code from}..{@code to} (inclusive).
 *
 * @param basis          which time of an article placed it in the period and on its day
 * @param articlesPerDay articles per portal and day; missing pairs mean zero
 * @param risingTerms    terms ranked by how far today's count rises above their baseline
 * @param topStories     stories covered by the most portals in the period, in the order to show them
 * @param portals        one profile per portal, in the order to show them
 */
public record ReportData(
        Instant generatedAt,
        LocalDate from,
        LocalDate to,
        TimeBasis basis,
        Totals totals,
        List<PortalDayCount> articlesPerDay,
        List<RisingTerm> risingTerms,
        List<StorySummary> topStories,
        List<PortalProfile> portals) {

    public ReportData {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("report period ends (" + to + ") before it starts (" + from + ")");
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(totals, "totals");
        articlesPerDay = List.copyOf(Objects.requireNonNull(articlesPerDay, "articlesPerDay"));
        risingTerms = List.copyOf(Objects.requireNonNull(risingTerms, "risingTerms"));
        topStories = List.copyOf(Objects.requireNonNull(topStories, "topStories"));
        portals = List.copyOf(Objects.requireNonNull(portals, "portals"));
    }

    /** A report for the period with the given totals and nothing else yet. */
    public static ReportData empty(Instant generatedAt, LocalDate from, LocalDate to, TimeBasis basis) {
        return new ReportData(generatedAt, from, to, basis, Totals.ZERO, List.of(), List.of(), List.of(), List.of());
    }
}
