package io.newsaggregator.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.FetchException.Reason;
import io.newsaggregator.domain.model.RobotsFetch;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per origin (scheme, host, port), fetched once and cached for a while. Follows RFC 9309
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

    /** The successful answer of a robots.txt fetch. */
    record RobotsFile(String finalUrl, int status, byte[] body, String contentType) {
    }

    /** Fetches robots.txt; throws {@link FetchException} when it could not be fetched. */
    @FunctionalInterface
    interface Loader {
        RobotsFile load(URI robotsUrl);
    }

    private record Entry(BaseRobotRules rules, Instant expires, String unavailable, Reason failure, Integer status) {
    }

    private final ConcurrentMap<String, CompletableFuture<Entry>> cache = new ConcurrentHashMap<>();
    private final Loader loader;
    private final String agentToken;
    private final Clock clock;
    private final Duration ttl;
    private final Duration failureTtl;
    private final Duration maxCrawlDelay;

    RobotsPolicy(Loader loader, String agentToken, Clock clock, Duration ttl, Duration failureTtl,
                 Duration maxCrawlDelay) {
        this.loader = loader;
        this.agentToken = agentToken;
        this.clock = clock;
        this.ttl = ttl;
        this.failureTtl = failureTtl;
        this.maxCrawlDelay = maxCrawlDelay;
    }

    /**
     * @param robotsFetched told of the robots.txt request when this check is the one that makes it
     *                      (none while the origin's robots.txt is cached or another check is loading it)
     */
    Verdict check(URI url, Consumer<RobotsFetch> robotsFetched) {
        String origin = origin(url);
        Entry entry = entryFor(origin, robotsFetched);
        if (entry.unavailable() != null) {
            return new Verdict(false, Duration.ZERO,
                    "robots.txt of " + origin + " " + entry.unavailable() + "; site treated as disallowed until "
                            + entry.expires(), entry.failure(), entry.status());
        }
        boolean allowed = entry.rules().isAllowed(url.toString());
        long delayMillis = entry.rules().getCrawlDelay();
        Duration delay = delayMillis > 0 ? Duration.ofMillis(delayMillis) : Duration.ZERO;
        if (delay.compareTo(maxCrawlDelay) > 0) {
            delay = maxCrawlDelay;
        }
        return new Verdict(allowed, delay, allowed ? "" : "disallowed by robots.txt of " + origin, null, null);
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
            if (clock.instant().isBefore(entry.expires())) {
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

    private Entry load(String origin, Consumer<RobotsFetch> robotsFetched) {
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
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
            // We cap Crawl-delay ourselves; the parser would instead disallow a site with a long one.
            parser.setMaxCrawlDelay(Long.MAX_VALUE);
            BaseRobotRules rules = parser.parseContent(file.finalUrl(), file.body(), file.contentType(),
                    List.of(agentToken));
            return new Entry(rules, now.plus(ttl), null, null, null);
        } catch (FetchException e) {
            if (e.reason().retryable()) {
                log.info("robots.txt of {} unavailable, treating the site as disallowed for {}: {}",
                        origin, failureTtl, e.getMessage());
                String what = e.statusCode().map(s -> "answered " + StatusText.of(s))
                        .orElse("unreachable (" + e.getMessage() + ")");
                return new Entry(null, now.plus(failureTtl), what, e.reason(), e.statusCode().orElse(null));
            }
            log.debug("No usable robots.txt at {}, allowing all: {}", origin, e.getMessage());
            return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), now.plus(ttl), null, null, null);
        }
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
