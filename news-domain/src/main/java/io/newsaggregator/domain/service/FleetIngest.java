package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.model.PollOutcome;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.domain.port.out.FeedReader;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.RunLeases;
import io.newsaggregator.domain.port.out.SitemapReader;
import io.newsaggregator.domain.port.out.SourcePolls;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import io.newsaggregator.domain.service.PollPolicy.Observation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ingest as a fleet of workers does it: in small steps that a scheduler hands out, each source
 * polled on its own adaptive schedule and the frontier drained a batch at a time, rather than in
 * one run over every portal. A worker takes part as a {@link Member}: one ingest run, held by a
 * lease, for as long as the worker lives; the frontier entries it claims are that run's, so a
 * worker that dies gives them back when its lease goes (see {@link Member#closeDeadRuns()}).
 */
public final class FleetIngest {
    private final UnitOfWork unitOfWork;
    private final PortalIngest portalIngest;
    private final Clock clock;
    private final RunLeases leases;
    private final FrontierPolicy frontierPolicy;
    private final SourcePolls polls;
    private final PollPolicy pollPolicy;

    public FleetIngest(UnitOfWork unitOfWork, PageFetcher fetcher, FeedReader feedReader, SitemapReader sitemapReader,
                       LinkDiscoverer linkDiscoverer, ArticleExtractor extractor, UrlCanonicalizer canonicalizer,
                       Clock clock, IngestSettings settings, RunLeases leases, FrontierPolicy frontierPolicy,
                       SourcePolls polls, PollPolicy pollPolicy, IngestListener listener) {
        this.unitOfWork = unitOfWork;
        this.portalIngest = PortalIngest.create(unitOfWork, fetcher, feedReader, sitemapReader, linkDiscoverer, extractor,
                canonicalizer, clock, settings, frontierPolicy, listener);
        this.clock = clock;
        this.leases = leases;
        this.frontierPolicy = frontierPolicy;
        this.polls = polls;
        this.pollPolicy = pollPolicy;
    }

    /** Takes a lease, closes the runs of workers that are gone, and starts this worker's run. */
    public Member join() {
        RunLeases.Lease lease = leases.hold();
        try {
            new DeadRuns(unitOfWork, leases, clock, frontierPolicy).close();
            IngestRun run = unitOfWork.execute(repos -> repos.ingestRuns().save(IngestRun.start(clock.instant(), lease.key())));
            return new Member(lease, run);
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    /** What draining the frontier did: entries claimed, and what became of them. */
    public record Drained(int claimed, int inserted, int updated, int unchanged, int failed) {
    }

    /** One worker's part in the fleet; thread-safe. */
    public final class Member implements AutoCloseable {
        private final RunLeases.Lease lease;
        private final IngestRun run;
        private final Map<String, RegisteredPortal> portals = new ConcurrentHashMap<>();
        private IngestCounts counts = IngestCounts.ZERO;

        private Member(RunLeases.Lease lease, IngestRun run) {
            this.lease = lease;
            this.run = run;
        }

        public IngestRunId runId() {
            return run.id();
        }

        /**
         * Stores the portal and its sources (configured and discovered) and gives each source a
         * schedule if it has none yet: due now, at the policy's initial interval.
         *
         * @return the schedule of every source of the portal
         */
        public List<SourcePoll> register(PortalSpec spec) {
            RegisteredPortal portal = registered(spec);
            Instant now = clock.instant();
            List<SourcePoll> schedules = new ArrayList<>();
            for (Feed source : portal.sources()) {
                schedules.add(polls.find(source.id()).orElseGet(() -> {
                    SourcePoll first = SourcePoll.first(source.id(), now, pollPolicy.initial());
                    polls.save(first, now);
                    return first;
                }));
            }
            return schedules;
        }

        private RegisteredPortal registered(PortalSpec spec) {
            return portals.computeIfAbsent(spec.portal().code(), code -> {
                List<FetchEvent> events = new ArrayList<>();
                RegisteredPortal portal = portalIngest.register(spec, run.id(), events);
                if (!events.isEmpty()) {
                    unitOfWork.run(repos -> repos.fetchEvents().saveAll(events));
                }
                return portal;
            });
        }

        /**
         * Polls one source of the portal (not while it is quarantined), commits the links it lists
         * as frontier work, and moves its schedule on by the poll policy.
         *
         * @return the source's new schedule, empty when the portal no longer has this source
         */
        public Optional<SourcePoll> poll(PortalSpec spec, FeedId sourceId, int maxArticles) {
            RegisteredPortal portal = registered(spec);
            if (portal.sources().stream().noneMatch(source -> source.id().equals(sourceId))) {
                return Optional.empty();
            }
            Optional<Feed> stored = unitOfWork.readOnly(repos -> repos.feeds().findById(sourceId));
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            SourcePoll before = polls.find(sourceId).orElse(null);
            PortalIngest.Polled polled = portalIngest.poll(portal, stored.get(), run.id(), maxArticles);
            Instant now = clock.instant();
            Observation seen = polled == null
                    ? new Observation(PollOutcome.QUARANTINED, 0, null, null, stored.get().quarantinedUntil())
                    : new Observation(outcome(polled), polled.enqueued(), polled.freshFor(), polled.retryAfter(),
                    polled.source().quarantinedUntil());
            PollPolicy.Next next = pollPolicy.next(now, before == null ? null : before.interval(), seen);
            SourcePoll after = new SourcePoll(sourceId, next.at(), next.interval(), now, seen.outcome(), seen.newArticles());
            polls.save(after, now);
            return Optional.of(after);
        }

        private static PollOutcome outcome(PortalIngest.Polled polled) {
            return switch (polled.status()) {
                case FAILED -> PollOutcome.FAILED;
                case NOT_MODIFIED -> PollOutcome.NOT_MODIFIED;
                case OK -> polled.enqueued() > 0 ? PollOutcome.NEW_ARTICLES : PollOutcome.NO_CHANGE;
            };
        }

        /** Claims up to {@code limit} frontier entries of the portal for this worker's run, fetches and stores them. */
        public Drained drain(PortalSpec spec, int limit) {
            ArticlePipeline.Drained drained = portalIngest.drain(registered(spec), run.id(), limit);
            synchronized (this) {
                counts = counts.plus(new IngestCounts(0, 0, 0, 0, drained.claimed(), drained.inserted(), drained.updated(),
                        drained.unchanged(), drained.failed()));
            }
            return new Drained(drained.claimed(), drained.inserted(), drained.updated(), drained.unchanged(), drained.failed());
        }

        /** Closes the runs of workers whose lease is gone and gives their frontier entries back; returns how many. */
        public int closeDeadRuns() {
            return new DeadRuns(unitOfWork, leases, clock, frontierPolicy).close().size();
        }

        /** Gives back the entries this worker still holds, ends its run and its lease. */
        @Override
        public void close() {
            try {
                IngestCounts total;
                synchronized (this) {
                    total = counts;
                }
                unitOfWork.run(repos -> {
                    Instant now = clock.instant();
                    repos.frontier().release(run.id(), now, frontierPolicy.maxAttempts());
                    repos.ingestRuns().update(run.finish(now, IngestRunStatus.COMPLETED, total, null));
                });
            } finally {
                lease.close();
            }
        }
    }
}
