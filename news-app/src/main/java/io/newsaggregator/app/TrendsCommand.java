package io.newsaggregator.app;

import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.service.AnalysisQueries;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trends}: terms rising today against their own recent baseline. */
@Command(name = "trends", mixinStandardHelpOptions = true, description = "Terms rising on a day against their own recent baseline.")
final class TrendsCommand extends DatabaseCommand {
    @Option(names = "--portal", paramLabel = "CODE", description = "Only this portal (default: all portals together).")
    String portal;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "Baseline days before the day (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "The day to rank (default: today, UTC).")
    LocalDate day;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many terms (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    OutputOptions format;

    @Override
    void validate() {
        OptionRanges.count("--days", days, 1, 366);
        OptionRanges.count("--limit", limit, 1, 1000);
    }

    @Override
    int run(Database db) {
        Output out = output(format.json());
        LocalDate on = day != null ? day : LocalDate.now(clock().withZone(ZoneOffset.UTC));
        prepareSchema(db, false);
        try (NewsAggregator news = newsOn(db).build()) {
            List<RisingTerm> rising = news.risingTerms(on, days, limit, portal);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("day", on.toString());
            json.put("baselineDays", days);
            json.put("portal", portal);
            json.put("rising", rising);
            out.json(json);
            out.line("Rising on %s against the %d days before%s:", on, days, portal == null ? "" : " (" + portal + ")");
            if (rising.isEmpty()) {
                out.line("  %s", emptyReason(news.trendsCoverage(on)));
            } else {
                out.line("  %-32s %8s %10s %8s", "term", "today", "baseline", "score");
            }
            rising.forEach(t -> out.line("  %-32s %8d %10.1f %8.2f", t.term(), t.todayCount(), t.baselineMean(), t.score()));
        }
        return NewsApp.OK;
    }

    /** Trends count each article on its publication day (or first-seen day when it has none). */
    static String emptyReason(AnalysisQueries.TrendsCoverage coverage) {
        if (coverage.analysedArticles() > 0) {
            return "no term rose above its baseline (" + coverage.analysedArticles() + " analysed articles published on "
                    + coverage.day() + ")";
        }
        return "no analysed article was published on " + coverage.day() + " (trends count articles on their publication day)"
                + coverage.newestPublished().map(d -> "; the newest stored article was published on " + d + ": try --day " + d)
                .orElse("");
    }
}
