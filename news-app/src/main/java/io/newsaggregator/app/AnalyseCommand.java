package io.newsaggregator.app;

import io.newsaggregator.domain.port.in.AnalyseReport;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code analyse}: analyses the articles that are new or changed since the last run. */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        description = "Analyse new and changed articles: language, key phrases, daily term counts, stories.")
final class AnalyseCommand extends DatabaseCommand {
    @Mixin
    OutputOptions format;

    @Mixin
    PipesOption pipes;

    @Override
    int run(Database db) {
        Output out = output(format.json());
        AnalyseReport report = pipes.run("news_analysis", spec.commandLine().getOut(), spec.commandLine().getErr(), () -> {
            prepareSchema(db, true);
            try (NewsAggregator news = newsOn(db).build()) {
                return news.analyse();
            }
        }, AnalyseCommand::metadata);
        out.json(report);
        if (report.articles() == 0) {
            out.line("Nothing to analyse: every stored article is analysed at its current revision.");
        } else {
            out.line("Analysed %,d articles (%,d revised) in %.1f s = %.1f articles/s; %,d opened a new story, %,d stories merged.",
                    report.articles(), report.revised(), report.elapsed().toMillis() / 1000.0, report.articlesPerSecond(),
                    report.storiesOpened(), report.storiesMerged());
            if (report.failed() > 0) {
                out.line("%,d articles could not be analysed and are skipped until they change (the log says why).",
                        report.failed());
            }
            if (report.oldCountsKept() > 0) {
                out.line("%,d revised articles kept their old corpus counts (old text gone, or counted by another"
                        + " analyser version); see docs/operations.md.", report.oldCountsKept());
            }
        }
        return NewsApp.OK;
    }

    /** A run's counts as Dagster asset metadata. */
    private static Map<String, ?> metadata(AnalyseReport report) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("articles", report.articles());
        metadata.put("revised", report.revised());
        metadata.put("failed", report.failed());
        metadata.put("stories_opened", report.storiesOpened());
        metadata.put("stories_merged", report.storiesMerged());
        metadata.put("seconds", report.elapsed().toMillis() / 1000.0);
        metadata.put("articles_per_second", report.articlesPerSecond());
        return metadata;
    }
}
