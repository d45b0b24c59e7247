package io.newsaggregator.app;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.service.FleetIngest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker of a fleet sharing one PostgreSQL, on db-scheduler: every source of the portals is a
 * task instance polled on its own adaptive schedule, each portal's frontier is drained by a few
 * task instances (claims with leases, so any worker may take any of them), and analyse is a task
 * that new articles schedule. The scheduler picks due tasks with {@code FOR UPDATE SKIP LOCKED}
 * and keeps heartbeats on the ones it runs: the tasks of a worker that dies are run again by the
 * others once its heartbeats stop, and its frontier entries come back when its run's lease goes.
 */
public final class FleetWorker implements Worker {
    static final String POLL = "poll-source";
    static final String DRAIN = "drain-frontier";
    static final String ANALYSE = "analyse";
    static final String SWEEP = "close-dead-runs";
    static final String PRUNE = "prune-fetch-events";
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final String ANALYSE_INSTANCE = "new-articles";
    private static final Logger log = LoggerFactory.getLogger(FleetWorker.class);

    /**
     * What a worker tells whoever watches it (the service's metrics): the fetches and stored
     * batches of its polls and drains, how late each poll started against its schedule, and each
     * analyse it ran.
     */
    public interface Watcher extends IngestListener {
        Watcher NONE = new Watcher() {
        };

        default void pollStarted(String portalCode, Duration late) {
        }

        default void analysed(AnalyseReport report) {
        }
    }

    private final NewsAggregator news;
    private final FleetIngest fleet;
    private final Watcher watcher;
    private final WorkerSettings settings;
    private final Clock clock;
    private final Map<String, PortalSpec> portals;
    private final Map<String, List<FeedId>> sourcesByPortal = new ConcurrentHashMap<>();
    private final CustomTask<String> poll;
    private final CustomTask<String> drain;
    private final OneTimeTask<Void> analyse;
    private final Scheduler scheduler;
    private volatile FleetIngest.Member member;

    FleetWorker(NewsAggregator news, FleetIngest fleet, Watcher watcher, List<PortalSpec> portals, WorkerSettings settings,
                DataSource dataSource, String taskTable, Clock clock) {
        this.news = news;
        this.fleet = fleet;
        this.watcher = watcher;
        this.settings = settings;
        this.clock = clock;
        this.portals = portals.stream().collect(Collectors.toMap(p -> p.portal().code(), Function.identity()));
        FailureHandler.OnFailureRetryLater<String> retryInAMinute = new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1));
        this.poll = Tasks.custom(POLL, String.class).onFailure(retryInAMinute).execute((instance, context) ->
                pollSource(FeedId.of(Long.parseLong(instance.getId())), instance.getData(), context.getExecution().getExecutionTime()));
        this.drain = Tasks.custom(DRAIN, String.class).onFailure(retryInAMinute).execute((instance, context) ->
                drainFrontier(instance.getData()));
        this.analyse = Tasks.oneTime(ANALYSE).execute((instance, context) -> analyseNew());
        RecurringTask<Void> sweep = Tasks.recurring(SWEEP, FixedDelay.of(settings.sweepEvery())).execute((instance, context) -> {
            int closed = member().closeDeadRuns();
            if (closed > 0) {
                log.info("Closed {} runs of workers that are gone; their frontier entries are pending again", closed);
            }
        });
        // always known to every worker, so that the fleet's one instance of it is never an unknown task
        RecurringTask<Void> prune = Tasks.recurring(PRUNE, FixedDelay.of(PRUNE_EVERY)).execute((instance, context) -> pruneFetchEvents());
        this.scheduler = Scheduler.create(dataSource, List.of(poll, drain, analyse))
                .startTasks(List.of(sweep, prune))
                .tableName(taskTable)
                .schedulerName(new SchedulerName.Fixed(settings.name()))
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .pollUsingLockAndFetch(0.5, 1.0)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(20))
                .clock(clock::instant)
                .build();
    }

    /**
     * Joins the fleet (this worker's ingest run and lease), registers the portals and gives every
     * source and every portal's drains a task unless another worker already did, then starts
     * executing due tasks.
     */
    @Override
    public void start() {
        member = fleet.join();
        int sources = 0;
        for (PortalSpec spec : portals.values()) {
            String code = spec.portal().code();
            List<SourcePoll> schedules = member.register(spec);
            sourcesByPortal.put(code, schedules.stream().map(SourcePoll::sourceId).toList());
            for (SourcePoll schedule : schedules) {
                scheduler.scheduleIfNotExists(poll.instance(String.valueOf(schedule.sourceId().value()), code), schedule.nextPollAt());
            }
            for (String id : drainIds(code)) {
                scheduler.scheduleIfNotExists(drain.instance(id, code), clock.instant());
            }
            sources += schedules.size();
        }
        scheduler.start();
        log.info("Worker {} started: run {}, {} sources of {} portals scheduled", settings.name(), member.runId().value(),
                sources, portals.size());
    }

    /** Run id of this worker's part in the fleet, once started. */
    long runId() {
        return member().runId().value();
    }

    private FleetIngest.Member member() {
        FleetIngest.Member current = member;
        if (current == null) {
            throw new IllegalStateException("the worker has not started");
        }
        return current;
    }

    private List<String> drainIds(String code) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < settings.drainersPerPortal(); i++) {
            ids.add(code + "#" + i);
        }
        return ids;
    }

    private CompletionHandler<String> pollSource(FeedId sourceId, String code, Instant due) {
        PortalSpec spec = portals.get(code);
        if (spec == null) {
            // another worker schedules this portal; this one leaves its source to it
            log.debug("Source {} of portal {} is not in this worker's portals; handing it back", sourceId.value(), code);
            return (complete, operations) -> operations.reschedule(complete, clock.instant().plus(settings.idleDrainRecheck()));
        }
        Duration late = Duration.between(due, clock.instant());
        watcher.pollStarted(code, late.isNegative() ? Duration.ZERO : late);
        Optional<SourcePoll> next = member().poll(spec, sourceId, settings.drainBatch() * settings.drainersPerPortal() * 4);
        if (next.isEmpty()) {
            log.info("Source {} is no longer a source of portal {}; its poll task is removed", sourceId.value(), code);
            return (complete, operations) -> operations.remove();
        }
        SourcePoll after = next.get();
        log.debug("Polled source {} of {}: {} ({} new), next poll {}", sourceId.value(), code, after.lastOutcome(),
                after.lastNewArticles(), after.nextPollAt());
        if (after.lastNewArticles() > 0) {
            wakeDrains(code);
        }
        return (complete, operations) -> operations.reschedule(complete, after.nextPollAt());
    }

    /** Brings the portal's waiting drains forward to now; one that is running looks again when it is done. */
    private void wakeDrains(String code) {
        for (String id : drainIds(code)) {
            bringForward(TaskInstanceId.of(DRAIN, id));
        }
    }

    /** Makes a scheduled task due now; one that is running just goes on (it looks again when it is done). */
    private void bringForward(TaskInstanceId task) {
        try {
            scheduler.reschedule(task, clock.instant());
        } catch (RuntimeException e) {
            log.debug("{} {} not brought forward (it is running): {}", task.getTaskName(), task.getId(), e.getMessage());
        }
    }

    private CompletionHandler<String> drainFrontier(String code) {
        PortalSpec spec = portals.get(code);
        if (spec == null) {
            return (complete, operations) -> operations.reschedule(complete, clock.instant().plus(settings.idleDrainRecheck()));
        }
        FleetIngest.Drained drained = member().drain(spec, settings.drainBatch());
        if (drained.claimed() > 0) {
            log.info("Drained {} frontier entries of {}: {} new, {} updated, {} unchanged, {} failed", drained.claimed(), code,
                    drained.inserted(), drained.updated(), drained.unchanged(), drained.failed());
        }
        if (settings.analyse() && drained.inserted() + drained.updated() > 0) {
            scheduler.scheduleIfNotExists(analyse.instance(ANALYSE_INSTANCE), clock.instant().plus(settings.analyseDelay()));
        }
        // a full batch means there may be more: go on at once (another worker may take the next turn)
        Instant next = drained.claimed() >= settings.drainBatch() ? clock.instant() : clock.instant().plus(settings.idleDrainRecheck());
        return (complete, operations) -> operations.reschedule(complete, next);
    }

    private void analyseNew() {
        AnalyseReport report = news.analyse();
        watcher.analysed(report);
        log.info("Analysed {} articles in {} ms", report.articles(), report.elapsed().toMillis());
    }

    private void pruneFetchEvents() {
        if (settings.keepFetchEvents().isZero()) {
            return;
        }
        Instant cutoff = clock.instant().minus(settings.keepFetchEvents());
        long deleted = news.pruneFetchEvents().before(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} fetch events from before {}", deleted, cutoff);
        }
    }

    @Override
    public void pollPortal(String portalCode) {
        if (!portals.containsKey(portalCode)) {
            throw new NotFoundException("portal of this worker", portalCode);
        }
        for (FeedId source : sourcesByPortal.getOrDefault(portalCode, List.of())) {
            bringForward(TaskInstanceId.of(POLL, String.valueOf(source.value())));
        }
    }

    @Override
    public void analyseNow() {
        if (!scheduler.scheduleIfNotExists(analyse.instance(ANALYSE_INSTANCE), clock.instant())) {
            bringForward(TaskInstanceId.of(ANALYSE, ANALYSE_INSTANCE));
        }
    }

    /** Tasks due now and not yet picked, of the whole fleet. */
    @Override
    public int pending() {
        Instant now = clock.instant();
        int due = 0;
        for (ScheduledExecution<Object> execution : scheduler.getScheduledExecutions(ScheduledExecutionsFilter.all().withPicked(false))) {
            if (!execution.getExecutionTime().isAfter(now)) {
                due++;
            }
        }
        return due;
    }

    /**
     * Stops taking tasks and waits (up to 20 s) for the running ones; then gives back the frontier
     * entries this worker still holds and ends its run. A task that did not finish stays picked and
     * is run again by another worker when its heartbeat is found stale.
     */
    @Override
    public void close() {
        scheduler.stop();
        FleetIngest.Member current = member;
        if (current != null) {
            current.close();
            member = null;
        }
        log.info("Worker {} stopped", settings.name());
    }
}
