package io.newsaggregator.app;

import io.newsaggregator.domain.port.in.BuildReport;
import io.newsaggregator.app.presentation.HtmlReportRenderer;
import io.newsaggregator.domain.report.ReportData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: one self-contained HTML file with charts of what the portals wrote. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report: articles per day, rising terms, top stories, portals compared.")
final class ReportCommand extends DatabaseCommand {
    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html", description = "Where to write it (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--days", paramLabel = "N", defaultValue = "14", description = "Days covered, up to today (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day covered (default: today, UTC).")
    LocalDate to;

    @Mixin
    TimeBasisOption when;

    @Mixin
    OutputOptions format;

    /** Renders the report to {@code out} (parent directories are created); returns the absolute path. */
    static Path write(ReportData data, Path out) {
        Path file = out.toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new HtmlReportRenderer().render(data, writer);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    @Override
    void validate() {
        OptionRanges.count("--days", days, 1, 3660);
    }

    @Override
    int run(Database db) {
        Output output = output(format.json());
        LocalDate last = to != null ? to : LocalDate.now(clock().withZone(ZoneOffset.UTC));
        ReportData data;
        prepareSchema(db, false);
        try (NewsAggregator news = newsOn(db).build()) {
            data = news.buildReport().build(new BuildReport.Request(last.minusDays(days - 1L), last, when.basis));
        }
        Path file = write(data, out);
        output.json(Map.of("report", file.toString(), "from", data.from().toString(), "to", data.to().toString(), "basis", data.basis().label(),
                "articles", data.totals().articles()));
        output.line("Report of %s to %s (%,d articles %s in it, %,d stories) written to", data.from(), data.to(),
                data.totals().articles(), data.basis().label(), data.totals().stories());
        output.line(file.toString());
        return NewsApp.OK;
    }
}
