package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.ConcurrencyConflictException;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.DuplicateException;
import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.error.QueryTimeoutException;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.RuleMisses;
import io.newsaggregator.domain.model.RobotsFetch;
import io.newsaggregator.domain.port.in.IngestListener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Builds the fetch events of one portal in one run, with readable reasons for failures. The
 * robots.txt requests the fetcher makes on its own are handed to {@link #robotsFetched} (from any
 * thread) and kept until the next unit of work that stores events {@linkplain #takeRobotsEvents takes} them.
 * Each event of a request is also told to the ingest's listener.
 */
final class FetchRecorder {
    private final Clock clock;
    private final IngestRunId runId;
    private final PortalId portalId;
    private final String portalCode;
    private final IngestListener listener;
    private final Queue<FetchEvent> robotsEvents = new ConcurrentLinkedQueue<>();

    FetchRecorder(Clock clock, IngestRunId runId, PortalId portalId, String portalCode, IngestListener listener) {
        this.clock = clock;
        this.runId = runId;
        this.portalId = portalId;
        this.portalCode = portalCode;
        this.listener = listener;
    }

    private FetchEvent told(FetchEvent event) {
        listener.fetched(portalCode, event.target(), event.outcome());
        return event;
    }

    FetchEvent fetched(FeedId feedId, FetchTarget target, FetchedPage page, FetchOutcome outcome) {
        return fetched(feedId, target, page, outcome, null);
    }

    /** A page that was used, with a note when not all of it was (e.g. items beyond the per-source cap), or null. */
    FetchEvent fetched(FeedId feedId, FetchTarget target, FetchedPage page, FetchOutcome outcome, String note) {
        return told(new FetchEvent(null, runId, portalId, feedId, target, page.requestedUrl(), page.status(),
                page.body().length, page.durationMillis(), outcome, null, note, clock.instant()));
    }

    /** A page stored with the generic text because the portal's body rule did not hold on it. */
    FetchEvent ruleMissed(FeedId feedId, FetchedPage page) {
        return told(new FetchEvent(null, runId, portalId, feedId, FetchTarget.ARTICLE, page.requestedUrl(), page.status(),
                page.body().length, page.durationMillis(), FetchOutcome.OK, RuleMisses.ERROR_CLASS,
                "the portal's body rule matched nothing or much less than the page's text; the generic text was used",
                clock.instant()));
    }

    /** A page that arrived but could not be used (malformed, no article in it). */
    FetchEvent unusable(FeedId feedId, FetchTarget target, FetchedPage page, FetchErrorClass errorClass, String reason) {
        return told(new FetchEvent(null, runId, portalId, feedId, target, page.requestedUrl(), page.status(),
                page.body().length, page.durationMillis(), FetchOutcome.FAILED, errorClass, reason, clock.instant()));
    }

    FetchEvent failed(FeedId feedId, FetchTarget target, String url, RuntimeException error, Instant startedAt) {
        long millis = Math.max(0, clock.millis() - startedAt.toEpochMilli());
        Integer status = error instanceof FetchException fe ? fe.statusCode().orElse(null) : null;
        return told(new FetchEvent(null, runId, portalId, feedId, target, url, status, 0, millis, FetchOutcome.FAILED,
                errorClass(error), reason(error), clock.instant()));
    }

    FetchEvent skipped(FeedId feedId, FetchTarget target, String url, String reason) {
        return told(new FetchEvent(null, runId, portalId, feedId, target, url, null, 0, 0, FetchOutcome.SKIPPED,
                FetchErrorClass.SKIPPED, reason, clock.instant()));
    }

    /** A page kept under its own URL because it declared another stored article's canonical URL. */
    FetchEvent conflict(FetchEvent fetched, String reason) {
        return new FetchEvent(null, runId, portalId, fetched.feedId(), fetched.target(), fetched.url(), fetched.httpStatus(),
                fetched.bytes(), 0, FetchOutcome.OK, FetchErrorClass.CANONICAL_CONFLICT, StorableValues.text(reason), clock.instant());
    }

    /** An article the store refused even on its own. */
    FetchEvent rejected(FetchEvent fetched, RuntimeException error) {
        return new FetchEvent(null, runId, portalId, fetched.feedId(), fetched.target(), fetched.url(), fetched.httpStatus(),
                fetched.bytes(), fetched.durationMillis(), FetchOutcome.FAILED, FetchErrorClass.STORE_REJECTED, reason(error), clock.instant());
    }

    /** A robots.txt the fetcher read to decide on a page of this portal. */
    void robotsFetched(RobotsFetch fetch) {
        FetchException failure = fetch.failure();
        FetchEvent event;
        if (failure == null) {
            event = new FetchEvent(null, runId, portalId, null, FetchTarget.ROBOTS, fetch.url(), fetch.status(), fetch.bytes(),
                    fetch.durationMillis(), FetchOutcome.OK, null, null, clock.instant());
        } else if (failure.statusCode().filter(status -> status >= 400 && status < 500 && status != 429).isPresent()) {
            event = new FetchEvent(null, runId, portalId, null, FetchTarget.ROBOTS, fetch.url(), fetch.status(), 0,
                    fetch.durationMillis(), FetchOutcome.OK, null, "no robots.txt (HTTP " + failure.statusCode().get()
                    + "): every page of the host may be fetched", clock.instant());
        } else {
            event = new FetchEvent(null, runId, portalId, null, FetchTarget.ROBOTS, fetch.url(), fetch.status(), 0,
                    fetch.durationMillis(), FetchOutcome.FAILED, errorClass(failure), reason(failure)
                    + "; pages of the host are not fetched until robots.txt can be read", clock.instant());
        }
        robotsEvents.add(told(event));
    }

    /** The robots.txt events reported since the last call, to store with the caller's other events. */
    List<FetchEvent> takeRobotsEvents() {
        List<FetchEvent> taken = new ArrayList<>();
        for (FetchEvent event; (event = robotsEvents.poll()) != null; ) {
            taken.add(event);
        }
        return taken;
    }

    static FetchErrorClass errorClass(RuntimeException error) {
        if (error instanceof FetchException fe) {
            return switch (fe.reason()) {
                case HTTP_STATUS -> FetchErrorClass.HTTP_STATUS;
                case SERVER_ERROR -> FetchErrorClass.SERVER_ERROR;
                case RATE_LIMITED -> FetchErrorClass.RATE_LIMITED;
                case TIMEOUT -> FetchErrorClass.TIMEOUT;
                case CONNECTION_FAILED -> FetchErrorClass.CONNECTION_FAILED;
                case TOO_LARGE -> FetchErrorClass.TOO_LARGE;
                case TOO_MANY_REDIRECTS -> FetchErrorClass.TOO_MANY_REDIRECTS;
                case BLOCKED_BY_ROBOTS -> FetchErrorClass.BLOCKED_BY_ROBOTS;
                case BLOCKED_BY_ADDRESS_POLICY -> FetchErrorClass.BLOCKED_BY_ADDRESS_POLICY;
                case UNSUPPORTED_CONTENT -> FetchErrorClass.UNSUPPORTED_CONTENT;
                case INVALID_URL -> FetchErrorClass.INVALID_URL;
            };
        }
        if (error instanceof MalformedContentException) {
            return FetchErrorClass.MALFORMED_CONTENT;
        }
        if (error instanceof DuplicateException) {
            return FetchErrorClass.DUPLICATE;
        }
        if (error instanceof DataIntegrityException) {
            return FetchErrorClass.DATA_INTEGRITY;
        }
        if (error instanceof DataStoreUnavailableException) {
            return FetchErrorClass.DATA_STORE_UNAVAILABLE;
        }
        if (error instanceof ConcurrencyConflictException) {
            return FetchErrorClass.CONCURRENCY_CONFLICT;
        }
        if (error instanceof QueryTimeoutException) {
            return FetchErrorClass.QUERY_TIMEOUT;
        }
        if (error instanceof NotFoundException) {
            return FetchErrorClass.NOT_FOUND;
        }
        if (error instanceof DataAccessException) {
            return FetchErrorClass.DATA_ACCESS;
        }
        if (error instanceof ConfigurationException) {
            return FetchErrorClass.CONFIGURATION;
        }
        return FetchErrorClass.UNEXPECTED_ERROR;
    }

    /** One line for people: the exception's own message, never a stack trace. */
    static String reason(RuntimeException error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        String firstLine = StorableValues.text(message.lines().findFirst().orElse(message).strip());
        return firstLine.length() > 500 ? firstLine.substring(0, 497) + "..." : firstLine;
    }
}
