package io.newsaggregator.app;

import io.newsaggregator.domain.port.in.BuildReport;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.port.in.AnalyseReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code run}: the scheduled mode. Every cycle ingests, analyses what is new and, if asked, writes
 * the report; cycles start {@code --every} apart until the process is stopped (or {@code --cycles}
 * are done). A cycle that fails is reported and the next one starts on time.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Scheduled mode: ingest, analyse and optionally write the report every DURATION until stopped.")
final class RunCommand extends DatabaseCommand {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    IngestOptions ingest;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "Time from the start of one cycle to the start of the next, ISO-8601 (default ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--no-analyse", description = "Only ingest.")
    boolean noAnalyse;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the HTML report here after every cycle.")
    Path report;

    @Option(names = "--report-days", paramLabel = "N", defaultValue = "14", description = "Days the report covers (default ${DEFAULT-VALUE}).")
    int reportDays;

    @Option(names = "--cycles", paramLabel = "N", description = "Stop after N cycles (default: run until stopped).")
    Integer cycles;

    @Mixin
    OutputOptions format;

    @Override
    void validate() {
        OptionRanges.duration("--every", every, Duration.ZERO, Duration.ofDays(7));
        OptionRanges.count("--report-days", reportDays, 1, 3660);
        if (cycles != null) {
            OptionRanges.count("--cycles", cycles, 1, 1_000_000);
        }
        ingest.validate();
    }

    @Override
    int run(Database db) {
        Output out = output(format.json());
        prepareSchema(db, !ingest.noMigrate);
        int last = NewsApp.OK;
        try (NewsAggregator news = ingest.configure(newsOn(db)).build()) {
            for (int cycle = 1; cycles == null || cycle <= cycles; cycle++) {
                long started = System.nanoTime();
                last = runCycle(news, out, cycle);
                if (cycles != null && cycle == cycles) {
                    break;
                }
                long waitMillis = every.toMillis() - (System.nanoTime() - started) / 1_000_000;
                if (waitMillis > 0) {
                    out.line("Next cycle in %d s.", waitMillis / 1000);
                    sleep(waitMillis);
                }
            }
        }
        return last;
    }

    /** The exit code this cycle alone would have: what {@code run --cycles N} ends with is its last cycle's. */
    private int runCycle(NewsAggregator news, Output out, int cycle) {
        out.line("== cycle %d", cycle);
        try {
            int code = IngestCommand.exitCode(IngestCommand.ingestOnce(news, ingest, out, spec.commandLine().getErr()));
            if (!noAnalyse) {
                AnalyseReport analysed = news.analyse();
                out.json(analysed);
                out.line("Analysed %,d articles in %.1f s.", analysed.articles(), analysed.elapsed().toMillis() / 1000.0);
            }
            if (report != null) {
                LocalDate today = LocalDate.now(clock().withZone(ZoneOffset.UTC));
                Path file = ReportCommand.write(news.buildReport().build(BuildReport.Request.firstSeen(today.minusDays(reportDays - 1L), today)), report);
                out.line("Report written to %s", file);
            }
            return code;
        } catch (DataStoreUnavailableException e) {
            log.warn("Cycle {} stopped: {}; the next cycle tries again", cycle, e.getMessage());
            spec.commandLine().getErr().println("news-app: cycle " + cycle + " stopped: " + e.getMessage());
            return NewsApp.DATABASE_UNAVAILABLE;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next cycle", e);
        }
    }
}
