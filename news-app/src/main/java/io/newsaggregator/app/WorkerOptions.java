package io.newsaggregator.app;

import io.newsaggregator.domain.service.PollPolicy;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** How a worker of the fleet works: the flags {@code worker} and {@code serve} share. */
final class WorkerOptions {
    @Option(names = "--name", paramLabel = "NAME", description = "This worker's name in the task table (default: host name and process id).")
    String name;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "Tasks run at the same time (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--drain-batch", paramLabel = "N", defaultValue = "25",
            description = "Frontier entries one fetch task claims (default ${DEFAULT-VALUE}).")
    int drainBatch;

    @Option(names = "--drainers-per-portal", paramLabel = "N", defaultValue = "2",
            description = "Fetch tasks per portal, which any workers may run at once (default ${DEFAULT-VALUE}).")
    int drainers;

    @Option(names = "--poll-min", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "Shortest interval between two polls of a source (default ${DEFAULT-VALUE}).")
    Duration pollMin;

    @Option(names = "--poll-max", paramLabel = "DURATION", defaultValue = "PT6H",
            description = "Longest interval between two polls of a source (default ${DEFAULT-VALUE}).")
    Duration pollMax;

    @Option(names = "--poll-initial", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "Interval of a source never polled (default ${DEFAULT-VALUE}).")
    Duration pollInitial;

    @Option(names = "--heartbeat", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "Heartbeat of running tasks; a task silent for six heartbeats is run by another worker (default ${DEFAULT-VALUE}).")
    Duration heartbeat;

    @Option(names = "--polling-interval", paramLabel = "DURATION", defaultValue = "PT5S",
            description = "How often the task table is read for due tasks (default ${DEFAULT-VALUE}).")
    Duration pollingInterval;

    @Option(names = "--sweep-every", paramLabel = "DURATION", defaultValue = "PT1M",
            description = "How often the runs of workers that are gone are closed and their claims given back (default ${DEFAULT-VALUE}).")
    Duration sweepEvery;

    @Option(names = "--idle-recheck", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "An idle fetch task looks at the frontier again after this long (default ${DEFAULT-VALUE}).")
    Duration idleRecheck;

    @Option(names = "--no-analyse", description = "Only ingest.")
    boolean noAnalyse;

    @Option(names = "--analyse-delay", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "Wait after new articles before analysing them (default ${DEFAULT-VALUE}).")
    Duration analyseDelay;

    @Option(names = "--keep-fetch-events", paramLabel = "DURATION", defaultValue = "P30D",
            description = "Delete fetch events older than this, once an hour (default ${DEFAULT-VALUE}; PT0S keeps them all).")
    Duration keepFetchEvents;

    void validate() {
        OptionRanges.count("--threads", threads, 1, 64);
        OptionRanges.count("--drain-batch", drainBatch, 1, 1000);
        OptionRanges.count("--drainers-per-portal", drainers, 1, 64);
        OptionRanges.duration("--poll-min", pollMin, Duration.ofSeconds(1), Duration.ofDays(7));
        OptionRanges.duration("--poll-max", pollMax, pollMin, Duration.ofDays(30));
        OptionRanges.duration("--poll-initial", pollInitial, pollMin, pollMax);
        OptionRanges.duration("--heartbeat", heartbeat, Duration.ofMillis(200), Duration.ofHours(1));
        OptionRanges.duration("--polling-interval", pollingInterval, Duration.ofMillis(100), Duration.ofMinutes(10));
        OptionRanges.duration("--sweep-every", sweepEvery, Duration.ofMillis(200), Duration.ofHours(1));
        OptionRanges.duration("--idle-recheck", idleRecheck, Duration.ofMillis(100), Duration.ofHours(1));
        OptionRanges.duration("--analyse-delay", analyseDelay, Duration.ZERO, Duration.ofHours(1));
        if (!keepFetchEvents.isZero()) {
            OptionRanges.duration("--keep-fetch-events", keepFetchEvents, Duration.ofHours(1), Duration.ofDays(3650));
        }
        if (name != null && (name.isBlank() || name.length() > 200)) {
            throw new UsageException("--name must be 1 to 200 characters");
        }
    }

    /** A connection per task thread, one per article fetch of each (host slots), and a few for the scheduler. */
    int poolSize() {
        return Math.max(Database.DEFAULT_POOL_SIZE, threads * 3 + 4);
    }

    /** The settings of a worker of these portals (empty: all). */
    WorkerSettings settings(List<String> portals) {
        return new WorkerSettings(name != null ? name : defaultName(), portals, threads, drainBatch, drainers, idleRecheck,
                pollingInterval, heartbeat, sweepEvery, !noAnalyse, analyseDelay,
                new PollPolicy(pollMin, pollMax, pollInitial, PollPolicy.DEFAULTS.speedUp(), PollPolicy.DEFAULTS.slowDown()),
                keepFetchEvents);
    }

    private static String defaultName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "worker";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
