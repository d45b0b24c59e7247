package io.newsaggregator.app;

import io.newsaggregator.domain.service.PollPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link FleetWorker} works.
 *
 * @param name               this worker's name in the task table and the host slots (unique in the fleet)
 * @param portals            codes of the catalog's portals this worker schedules (empty: all)
 * @param threads            tasks executed at the same time
 * @param drainBatch         frontier entries one drain task claims and stores
 * @param drainersPerPortal  drain tasks per portal, so that several workers can fetch one portal's
 *                           pages (the shared host slots keep the per-host interval between them)
 * @param idleDrainRecheck   a drain that found the frontier empty looks again after this long
 *                           (a poll that finds new links starts it at once)
 * @param pollingInterval    how often the scheduler looks for due tasks
 * @param heartbeat          how often a running task's heartbeat is renewed; a task whose heartbeat
 *                           is six intervals old is taken for dead and run by another worker
 * @param sweepEvery         how often a worker closes the runs of workers that are gone, giving back
 *                           their frontier entries
 * @param analyse            whether new articles are analysed (one task, {@code analyseDelay} after them)
 * @param analyseDelay       wait after the first new articles before analysing, so that one analyse
 *                           covers the articles of many drains
 * @param pollPolicy         the adaptive interval of source polls
 * @param keepFetchEvents    fetch events older than this are deleted, once an hour by one worker of
 *                           the fleet; {@link Duration#ZERO} keeps them all
 */
public record WorkerSettings(String name, List<String> portals, int threads, int drainBatch, int drainersPerPortal,
                             Duration idleDrainRecheck, Duration pollingInterval, Duration heartbeat, Duration sweepEvery,
                             boolean analyse, Duration analyseDelay, PollPolicy pollPolicy,
                             Duration keepFetchEvents) {
    public WorkerSettings {
        Objects.requireNonNull(name, "name");
        portals = List.copyOf(portals);
        Objects.requireNonNull(idleDrainRecheck, "idleDrainRecheck");
        Objects.requireNonNull(pollingInterval, "pollingInterval");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(sweepEvery, "sweepEvery");
        Objects.requireNonNull(analyseDelay, "analyseDelay");
        Objects.requireNonNull(pollPolicy, "pollPolicy");
        Objects.requireNonNull(keepFetchEvents, "keepFetchEvents");
        if (name.isBlank() || threads < 1 || drainBatch < 1 || drainersPerPortal < 1 || keepFetchEvents.isNegative()) {
            throw new IllegalArgumentException("name must not be blank; threads, drainBatch and drainersPerPortal must be >= 1;"
                    + " keepFetchEvents must not be negative");
        }
    }

    /** Defaults for a worker of this name: every portal, 4 threads, polls within 5 min..6 h, fetch events kept 30 days. */
    public static WorkerSettings defaults(String name) {
        return new WorkerSettings(name, List.of(), 4, 25, 2, Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofMinutes(1), true, Duration.ofSeconds(30), PollPolicy.DEFAULTS, Duration.ofDays(30));
    }
}
