package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;
import io.newsaggregator.domain.report.Totals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-made report data for tests that look at the rendered page: three weeks across a new year,
 * six portals (one with a long name), rising terms, and stories whose coverage crosses midnight of
 * 31 December. Counts add up: per-portal sums equal the totals, stories never outnumber articles.
 */
public final class ReportSamples {
    public static final LocalDate FROM = LocalDate.of(2025, 12, 22);
    public static final LocalDate TO = LocalDate.of(2026, 1, 11);
    private static final String[][] PORTALS = {
            {"bbc", "BBC News", "en"}, {"guardian", "The Guardian", "en"}, {"reuters", "Reuters", "en"},
            {"spiegel", "Der Spiegel", "de"}, {"lemonde", "Le Monde", "fr"},
            {"corriere", "Corriere della Sera \u2013 edizione nazionale e internazionale", "it"}};

    private ReportSamples() {
    }

    /** Three weeks from 22 Dec 2025 to 11 Jan 2026. */
    public static ReportData acrossNewYear() {
        List<PortalDayCount> perDay = new ArrayList<>();
        List<PortalProfile> profiles = new ArrayList<>();
        long total = 0;
        for (int p = 0; p < PORTALS.length; p++) {
            long portalTotal = 0;
            int day = 0;
            for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1), day++) {
                long count = 3 + (p * 7 + day * 5) % 11;
                perDay.add(new PortalDayCount(PORTALS[p][0], d, count));
                portalTotal += count;
            }
            total += portalTotal;
            profiles.add(new PortalProfile(PORTALS[p][0], PORTALS[p][1], portalTotal, 420 + 90 * p,
                    Map.of(PORTALS[p][2], portalTotal), List.of("new year", "fireworks", "winter storm", "budget talks"), 4 + p));
        }
        List<RisingTerm> rising = List.of(
                RisingTerm.acrossPortals("winter storm", 64, 6.5, 12.4),
                new RisingTerm("Haushaltsstreit", "spiegel", 21, 2.0, 9.1),
                RisingTerm.acrossPortals("ceasefire", 40, 9.0, 6.3),
                new RisingTerm("an unusually long multi-word phrase about weather", "corriere", 9, 1.5, 4.0),
                RisingTerm.acrossPortals("election", 25, 11.0, 2.2));
        Instant eve = Instant.parse("2025-12-31T21:10:00Z");
        List<StorySummary> stories = List.of(
                story("s-1", "Winter storm closes airports across northern Europe on New Year's Eve",
                        List.of("winter storm", "airports", "flights"), eve,
                        new String[] {"reuters", "bbc", "guardian", "spiegel", "lemonde", "corriere"},
                        new int[] {0, 25, 70, 190, 420, 1500}, new int[] {4, 3, 2, 2, 1, 1}),
                story("s-2", "Ceasefire talks resume after holiday pause", List.of("ceasefire", "talks"),
                        Instant.parse("2026-01-06T07:45:00Z"), new String[] {"reuters", "lemonde", "bbc"},
                        new int[] {0, 45, 130}, new int[] {2, 1, 1}));
        return new ReportData(Instant.parse("2026-01-11T23:30:00Z"), FROM, TO, TimeBasis.FIRST_SEEN,
                new Totals(total, PORTALS.length, 57, 42, 3), perDay, rising, stories, profiles);
    }

    /** A story first seen at {@code first} whose i-th portal followed {@code lagMinutes[i]} later with {@code articles[i]}. */
    public static StorySummary story(String id, String label, List<String> terms, Instant first, String[] portals,
                                     int[] lagMinutes, int[] articles) {
        List<StoryCoverage> coverage = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < portals.length; i++) {
            coverage.add(new StoryCoverage(portals[i], articles[i], first.plus(Duration.ofMinutes(lagMinutes[i]))));
            total += articles[i];
        }
        return new StorySummary(id, label, terms, portals[0], first, total, coverage);
    }
}
