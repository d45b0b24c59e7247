package io.newsaggregator.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.FetchException.Reason;
import io.newsaggregator.domain.model.RobotsEntry;
import io.newsaggregator.domain.model.RobotsEntry.Kind;
import io.newsaggregator.domain.model.RobotsFetch;
import io.newsaggregator.domain.port.out.RobotsEntries;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per origin (scheme, host, port), fetched once and cached for a while: in the
 * {@link RobotsEntries} shared by every process on the store, so that of a fleet only one worker
 * fetches it per expiry, and parsed in each process. Follows RFC 9309
 * and Google's practice: a 4xx robots.txt (or one behind a broken redirect) allows everything; a
 * 5xx, 429 or unreachable one disallows everything until the failure TTL runs out; the verdict
 * then carries the robots.txt failure so the fetch fails as retryable, not as a permanent block.
 */
final class RobotsPolicy {

    private static final Logger log = LoggerFactory.getLogger(RobotsPolicy.class);

    /**
     * What robots.txt says about one URL.
     *
     * @param failure when robots.txt itself could not be had (5xx, 429, timeout, connection): how
     *                it failed, so the caller can report a retryable failure; else null
     * @param status  the HTTP status of that failure, or null
     */
    record Verdict(boolean allowed, Duration crawlDelay, String why, Reason failure, Integer status) {
    }

    /**
     * The successful answer of a robots.txt fetch.
     *
     * @param freshness the HTTP freshness lifetime of the answer ({@code Cache-Control: max-age},
     *                  {@code Expires}), or null when it gave none
     */
    record RobotsFile(String finalUrl, int status, byte[] body, String contentType, Duration freshness) {
        RobotsFile(String finalUrl, int status, byte[] body, String contentType) {
            this(finalUrl, status, body, contentType, null);
        }
    }

    /** Fetches robots.txt; throws {@link FetchException} when it could not be fetched. */
    @FunctionalInterface
    interface Loader {
        RobotsFile load(URI robotsUrl);
    }

    /** A shared entry with its rules parsed (null for an UNAVAILABLE one). */
    private record Entry(RobotsEntry stored, BaseRobotRules rules) {
    }

    /** How soon a process looks again at an entry another one is fetching. */
    private static final Duration CLAIMED_RETRY = Duration.ofMillis(50);
    /** A robots.txt whose HTTP freshness is shorter is still trusted this long, so it is not fetched before every page. */
    static final Duration MIN_LIFETIME = Duration.ofMinutes(1);

    /** This process's parsed copies of the shared entries, each until the entry expires. */
    private final ConcurrentMap<String, CompletableFuture<Entry>> cache = new ConcurrentHashMap<>();
    private final Loader loader;
    private final RobotsEntries shared;
    private final Sleeper sleeper;
    private final Duration claimLease;
    private final String agentToken;
    private final Clock clock;
    private final Duration ttl;
    private final Duration failureTtl;
    private final Duration maxCrawlDelay;

    /**
     * @param shared     the robots.txt entries this process shares with others (or keeps to itself)
     * @param sleeper    how to wait while another process fetches an origin's robots.txt
     * @param claimLease how long a claim to fetch holds if this process never completes it
     */
    RobotsPolicy(Loader loader, RobotsEntries shared, Sleeper sleeper, Duration claimLease, String agentToken,
                 Clock clock, Duration ttl, Duration failureTtl, Duration maxCrawlDelay) {
        this.loader = loader;
        this.shared = shared;
        this.sleeper = sleeper;
        this.claimLease = claimLease;
        this.agentToken = agentToken;
        this.clock = clock;
        this.ttl = ttl;
        this.failureTtl = failureTtl;
        this.maxCrawlDelay = maxCrawlDelay;
    }

    /**
     * @param robotsFetched told of the robots.txt request when this check is the one that makes it
     *                      (none while the origin's robots.txt is cached, stored by another process, or
     *                      being loaded by another check)
     */
    Verdict check(URI url, Consumer<RobotsFetch> robotsFetched) {
        String origin = origin(url);
        Entry entry = entryFor(origin, robotsFetched);
        RobotsEntry stored = entry.stored();
        if (stored.kind() == Kind.UNAVAILABLE) {
            return new Verdict(false, Duration.ZERO,
                    "robots.txt of " + origin + " " + stored.failureText() + "; site treated as disallowed until "
                            + stored.expiresAt(), stored.failure(), stored.status());
        }
        boolean allowed = entry.rules().isAllowed(url.toString());
        long delayMillis = entry.rules().getCrawlDelay();
        Duration delay = delayMillis > 0 ? Duration.ofMillis(delayMillis) : Duration.ZERO;
        if (delay.compareTo(maxCrawlDelay) > 0) {
            delay = maxCrawlDelay;
        }
        return new Verdict(allowed, delay, allowed ? "" : "disallowed by robots.txt of " + origin, null, null);
    }

    /** The robots.txt of the URL's origin as this policy obeys it, to read what else it says. */
    RobotsEntry entry(URI url, Consumer<RobotsFetch> robotsFetched) {
        return entryFor(origin(url), robotsFetched).stored();
    }

    private Entry entryFor(String origin, Consumer<RobotsFetch> robotsFetched) {
        while (true) {
            CompletableFuture<Entry> existing = cache.get(origin);
            if (existing == null) {
                CompletableFuture<Entry> mine = new CompletableFuture<>();
                if (cache.putIfAbsent(origin, mine) == null) {
                    return loadInto(origin, mine, robotsFetched);
                }
                continue;
            }
            if (!existing.isDone()) {
                return join(existing);
            }
            Entry entry = join(existing);
            if (entry.stored().isFreshAt(clock.instant())) {
                return entry;
            }
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            if (cache.replace(origin, existing, mine)) {
                return loadInto(origin, mine, robotsFetched);
            }
        }
    }

    private Entry loadInto(String origin, CompletableFuture<Entry> slot, Consumer<RobotsFetch> robotsFetched) {
        try {
            Entry entry = load(origin, robotsFetched);
            slot.complete(entry);
            return entry;
        } catch (RuntimeException e) {
            cache.remove(origin, slot);
            slot.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The origin's robots.txt from the shared entries, fetched (by this process, or by the one that
     * claimed it first) when the entry is missing or expired.
     */
    private Entry load(String origin, Consumer<RobotsFetch> robotsFetched) {
        while (true) {
            Instant now = clock.instant();
            Optional<RobotsEntry> stored = shared.find(origin);
            if (stored.isPresent() && stored.get().isFreshAt(now)) {
                return entryOf(stored.get());
            }
            if (shared.tryClaim(origin, now, claimLease)) {
                RobotsEntry fetched;
                try {
                    fetched = fetch(origin, robotsFetched);
                } catch (RuntimeException e) {
                    shared.release(origin);
                    throw e;
                }
                shared.save(fetched);
                return entryOf(fetched);
            }
            try {
                sleeper.sleep(CLAIMED_RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(origin + "/robots.txt", Reason.CONNECTION_FAILED, null,
                        "interrupted while waiting for the robots.txt of " + origin, e);
            }
        }
    }

    private RobotsEntry fetch(String origin, Consumer<RobotsFetch> robotsFetched) {
        URI robotsUrl = URI.create(origin + "/robots.txt");
        Instant now = clock.instant();
        long started = clock.millis();
        try {
            RobotsFile file;
            try {
                file = loader.load(robotsUrl);
            } catch (FetchException e) {
                robotsFetched.accept(new RobotsFetch(robotsUrl.toString(), e.statusCode().orElse(null), 0,
                        Math.max(0, clock.millis() - started), e));
                throw e;
            }
            robotsFetched.accept(new RobotsFetch(robotsUrl.toString(), file.status(), file.body().length,
                    Math.max(0, clock.millis() - started), null));
            return new RobotsEntry(origin, Kind.RULES, file.status(), file.body(), file.contentType(), file.finalUrl(),
                    null, null, now, now.plus(lifetime(file.freshness())));
        } catch (FetchException e) {
            Integer status = e.statusCode().orElse(null);
            if (e.reason().retryable()) {
                log.info("robots.txt of {} unavailable, treating the site as disallowed for {}: {}",
                        origin, failureTtl, e.getMessage());
                String what = e.statusCode().map(s -> "answered " + StatusText.of(s))
                        .orElse("unreachable (" + e.getMessage() + ")");
                return new RobotsEntry(origin, Kind.UNAVAILABLE, status, new byte[0], null, null, e.reason(), what,
                        now, now.plus(failureTtl));
            }
            log.debug("No usable robots.txt at {}, allowing all: {}", origin, e.getMessage());
            return new RobotsEntry(origin, Kind.ALLOW_ALL, status, new byte[0], null, null, null, null, now, now.plus(ttl));
        }
    }

    /**
     * How long a robots.txt is trusted: the cache TTL, shortened by an HTTP freshness lifetime
     * (RFC 9309 section 2.4 allows standard cache control, but no more than a day), though never
     * below {@link #MIN_LIFETIME}.
     */
    private Duration lifetime(Duration freshness) {
        if (freshness == null || freshness.compareTo(ttl) >= 0) {
            return ttl;
        }
        Duration floor = MIN_LIFETIME.compareTo(ttl) < 0 ? MIN_LIFETIME : ttl;
        return freshness.compareTo(floor) < 0 ? floor : freshness;
    }

    private Entry entryOf(RobotsEntry stored) {
        return switch (stored.kind()) {
            case UNAVAILABLE -> new Entry(stored, null);
            case ALLOW_ALL -> new Entry(stored, new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
            case RULES -> {
                SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
                // We cap Crawl-delay ourselves; the parser would instead disallow a site with a long one.
                parser.setMaxCrawlDelay(Long.MAX_VALUE);
                BaseRobotRules rules = parser.parseContent(stored.finalUrl(), stored.body(), stored.contentType(),
                        List.of(agentToken));
                yield new Entry(stored, rules);
            }
        };
    }

    private static Entry join(CompletableFuture<Entry> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = url.getPort();
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        String host = url.getHost().toLowerCase(java.util.Locale.ROOT);
        return scheme + "://" + host + (port < 0 || port == defaultPort ? "" : ":" + port);
    }
}
