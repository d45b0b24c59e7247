package io.newsaggregator.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code worker}: one worker of a fleet sharing the database, until SIGTERM (or Ctrl-C). Any number
 * of them may run against one PostgreSQL; they share the scheduled tasks, the frontier and the
 * per-host politeness through it.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Run one worker of a fleet sharing the database: per-source polls, frontier fetches and analyse, until stopped.")
final class WorkerCommand extends DatabaseCommand {
    @Mixin
    IngestOptions ingest;

    @Mixin
    WorkerOptions worker;

    @Override
    void validate() {
        worker.validate();
        ingest.validate();
    }

    @Override
    int poolSize() {
        return worker.poolSize();
    }

    @Override
    int run(Database db) {
        prepareSchema(db, !ingest.noMigrate);
        WorkerSettings settings = worker.settings(ingest.portals);
        try (StopSignal stop = new StopSignal();
             NewsAggregator news = ingest.configure(newsOn(db)).build();
             FleetWorker fleetWorker = news.worker(settings)) {
            fleetWorker.start();
            Output out = output(false);
            out.line("Worker %s started (run %d); stop with Ctrl-C or SIGTERM.", settings.name(), fleetWorker.runId());
            spec.commandLine().getOut().flush();
            stop.await();
            out.line("Worker %s stopping.", settings.name());
        }
        return NewsApp.OK;
    }
}
