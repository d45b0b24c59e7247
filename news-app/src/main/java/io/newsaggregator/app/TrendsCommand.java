package io.newsaggregator.app;

import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.port.in.QueryAnalysis;
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
    TimeBasisOption when;

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
            List<RisingTerm> rising = news.queryAnalysis().risingTerms(new QueryAnalysis.RisingTermsRequest(on, days, limit, portal, when.basis));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("day", on.toString());
            json.put("baselineDays", days);
            json.put("portal", portal);
            json.put("basis", when.basis.label());
            json.put("rising", rising);
            out.json(json);
            out.line("Rising on %s against the %d days before, articles dated by when they were %s%s:", on, days,
                    when.basis.label(), portal == null ? "" : " (" + portal + ")");
            if (rising.isEmpty()) {
                out.line("  %s", emptyReason(news.queryAnalysis().trendsCoverage(on, when.basis)));
            } else {
                out.line("  %-32s %8s %10s %8s", "term", "today", "baseline", "score");
            }
            rising.forEach(t -> out.line("  %-32s %8d %10.1f %8.2f", t.term(), t.todayCount(), t.baselineMean(), t.score()));
        }
        return NewsApp.OK;
    }

    /** Why there is nothing to show, in the terms of the basis the articles were dated on. */
    static String emptyReason(QueryAnalysis.TrendsCoverage coverage) {
        String when = coverage.basis().label();
        if (coverage.analysedArticles() > 0) {
            return "no term rose above its baseline (" + coverage.analysedArticles() + " analysed articles " + when
                    + " on " + coverage.day() + ")";
        }
        return "no analysed article was " + when + " on " + coverage.day()
                + coverage.newestDay().map(d -> "; the newest stored article was " + when + " on " + d + ": try --day " + d)
                .orElse("");
    }
}
