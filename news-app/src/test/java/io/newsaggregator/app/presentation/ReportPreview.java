package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StorySummary;
import io.newsaggregator.domain.report.Totals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Renders a realistic made-up report (20 portals, two weeks) to {@code target/report-preview.html}
 * (or the path given as the first argument) so the page can be looked at in a browser. It also
 * prints the mean rendering time, for information only: there is no baseline to compare with.
 */
public final class ReportPreview {
    private static final String[][] PORTALS = {
            {"bbc", "BBC News", "en"}, {"guardian", "The Guardian", "en"}, {"reuters", "Reuters", "en"},
            {"apnews", "AP News", "en"}, {"nytimes", "The New York Times", "en"}, {"cnn", "CNN", "en"},
            {"aljazeera", "Al Jazeera", "en"}, {"dw", "Deutsche Welle", "de"}, {"spiegel", "Der Spiegel", "de"},
            {"zeit", "Die Zeit", "de"}, {"lemonde", "Le Monde", "fr"}, {"franceinfo", "franceinfo", "fr"},
            {"elpais", "El País", "es"}, {"corriere", "Corriere della Sera", "it"}, {"ansa", "ANSA", "it"},
            {"nos", "NOS", "nl"}, {"svt", "SVT Nyheter", "sv"}, {"yle", "Yle", "fi"},
            {"gazeta", "Gazeta Wyborcza", "pl"}, {"npr", "NPR", "en"}};

    private ReportPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/report-preview.html");
        ReportData data = sample();
        HtmlReportRenderer renderer = new HtmlReportRenderer();
        String page = renderer.render(data);
        for (int i = 0; i < 200; i++) {
            renderer.render(data);
        }
        int runs = 1000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            page = renderer.render(data);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, page, StandardCharsets.UTF_8);
        System.out.printf("rendered %d portals x %d days, %d stories: %,d chars, %.0f us per render (mean of %d)%n",
                data.portals().size(), 14, data.topStories().size(), page.length(), micros, runs);
        System.out.println(out.toAbsolutePath());
    }

    static ReportData sample() {
        Random random = new Random(20261124L);
        LocalDate to = LocalDate.of(2026, 11, 24);
        LocalDate from = to.minusDays(13);
        List<PortalDayCount> perDay = new ArrayList<>();
        List<PortalProfile> profiles = new ArrayList<>();
        long totalArticles = 0;
        for (int p = 0; p < PORTALS.length; p++) {
            int base = 12 + random.nextInt(60);
            long portalTotal = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                long count = Math.max(0, Math.round(base * (weekend ? 0.6 : 1.0) + random.nextGaussian() * base * 0.15));
                perDay.add(new PortalDayCount(PORTALS[p][0], day, count));
                portalTotal += count;
            }
            totalArticles += portalTotal;
            Map<String, Long> languages = new LinkedHashMap<>();
            languages.put(PORTALS[p][2], Math.round(portalTotal * 0.96));
            if (!PORTALS[p][2].equals("en")) {
                languages.put("en", portalTotal - Math.round(portalTotal * 0.96));
            }
            profiles.add(new PortalProfile(PORTALS[p][0], PORTALS[p][1], portalTotal, 380 + random.nextInt(700), languages,
                    List.of("climate summit", "interest rates", "ceasefire talks", "world cup", "election"), 6 + random.nextInt(14)));
        }
        List<RisingTerm> rising = List.of(
                RisingTerm.acrossPortals("ceasefire", 312, 41.5, 18.4),
                RisingTerm.acrossPortals("COP31", 188, 12.0, 15.9),
                new RisingTerm("Bundestag", "spiegel", 44, 6.1, 11.2),
                RisingTerm.acrossPortals("interest rate cut", 97, 18.3, 9.7),
                new RisingTerm("grève", "lemonde", 38, 7.4, 8.8),
                RisingTerm.acrossPortals("storm Bert", 76, 3.0, 8.1),
                new RisingTerm("Champions League", "bbc", 29, 9.8, 5.2),
                RisingTerm.acrossPortals("<script>alert(1)</script>", 12, 1.0, 3.3),
                new RisingTerm("presupuestos", "elpais", 21, 8.0, 2.9),
                RisingTerm.acrossPortals("supply chain", 40, 22.0, 1.6),
                new RisingTerm("a remarkably long multi-word phrase", "corriere", 9, 2.0, 1.2));
        Instant t0 = Instant.parse("2026-11-24T05:40:00Z");
        List<StorySummary> stories = List.of(
                ReportSamples.story("s-101", "Ceasefire agreed after overnight talks in Cairo", List.of("ceasefire", "Cairo", "hostages", "talks"),
                        t0, new String[] {"reuters", "apnews", "bbc", "aljazeera", "guardian", "dw", "lemonde", "nytimes", "cnn"},
                        new int[] {0, 7, 22, 25, 48, 95, 130, 185, 240}, new int[] {4, 3, 5, 6, 3, 2, 2, 3, 2}),
                ReportSamples.story("s-102", "Central bank cuts interest rates by a quarter point", List.of("interest rate", "inflation", "ECB"),
                        t0.plus(Duration.ofHours(6)), new String[] {"reuters", "spiegel", "zeit", "corriere", "elpais", "ansa"},
                        new int[] {0, 14, 31, 55, 62, 120}, new int[] {3, 2, 1, 2, 2, 1}),
                ReportSamples.story("s-103", "Storm Bert floods towns across Wales and northern England",
                        List.of("storm Bert", "floods", "Met Office"), Instant.parse("2026-11-23T21:05:00Z"),
                        new String[] {"bbc", "guardian", "reuters", "nos"}, new int[] {0, 35, 410, 900}, new int[] {7, 4, 1, 1}));
        Totals totals = new Totals(totalArticles, PORTALS.length, 1_284, 96, 17);
        return new ReportData(Instant.parse("2026-11-24T23:15:00Z"), from, to, TimeBasis.FIRST_SEEN, totals, perDay, rising, stories, profiles);
    }
}
