package io.newsaggregator.ingest;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.FetchException.Reason;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.RobotsEntry;
import io.newsaggregator.domain.model.RobotsFetch;
import io.newsaggregator.domain.port.out.HostSlots;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.RobotsEntries;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PageFetcher} on the JDK {@link HttpClient}: conditional GET, robots.txt, per-host
 * concurrency and spacing, retries with backoff and {@code Retry-After}, byte and time limits,
 * gzip/deflate with a cap on the decoded size, and redirects followed by hand with every hop
 * checked against the address policy (no loopback, private, link-local, metadata... addresses
 * unless their network is explicitly allowed).
 *
 * <p>Thread-safe: build one and share it between worker threads. The JDK client runs its
 * asynchronous work on the executor given to the constructor, or else on a small pool of daemon
 * threads, one per CPU, whose idle threads end after a few seconds, so the fetcher needs no closing.
 * (The client's own default starts a new thread for nearly every request.)
 *
 * <p>Limitation: the JDK client resolves the host again when it connects, and offers no way to
 * pin the address the policy checked. A DNS server that answers a public address to the check
 * and a private one a moment later (DNS rebinding) can slip past the policy. Where that matters,
 * run the fetcher behind an egress proxy or firewall that enforces the same rules.
 */
final class JdkHttpPageFetcher implements PageFetcher {

    private static final Logger log = LoggerFactory.getLogger(JdkHttpPageFetcher.class);

    /** Google reads the first 500 KiB of a robots.txt; we read a little more and ignore the rest. */
    private static final int ROBOTS_MAX_BYTES = 512 * 1024;
    /** Error and redirect bodies are read this far (so the connection can be reused), then dropped. */
    private static final int DISCARDED_BODY_MAX_BYTES = 64 * 1024;
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpFetchSettings settings;
    private final HttpClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AddressPolicy addressPolicy;
    private final HostGate hostGate;
    private final RobotsPolicy robots;
    private final Backoff backoff;

    /** A fetcher on {@code clock} that sleeps for real. */
    public JdkHttpPageFetcher(HttpFetchSettings settings, Clock clock) {
        this(settings, clock, Sleeper.system(), null);
    }

    /**
     * @param clock    source of time for politeness, robots.txt expiry and Retry-After dates
     * @param sleeper  how the fetcher waits (backoff, Retry-After, per-host spacing, Crawl-delay)
     * @param executor executor for the HTTP client's asynchronous work, or null for a bounded pool of
     *                 daemon threads, one per CPU
     */
    public JdkHttpPageFetcher(HttpFetchSettings settings, Clock clock, Sleeper sleeper, Executor executor) {
        this(settings, clock, sleeper, executor, HostResolver.system(),
                new Backoff(settings.backoffBase(), settings.backoffMax()));
    }

    /**
     * A fetcher on {@code clock} that sleeps for real, spaces its requests to a host through
     * {@code sharedSlots}, so that the per-host interval holds for every process sharing them, and
     * reads robots.txt from {@code sharedRobots}, fetching it only when no process has a fresh copy.
     */
    public JdkHttpPageFetcher(HttpFetchSettings settings, Clock clock, HostSlots sharedSlots, RobotsEntries sharedRobots) {
        this(settings, clock, Sleeper.system(), null, HostResolver.system(),
                new Backoff(settings.backoffBase(), settings.backoffMax()), Objects.requireNonNull(sharedSlots, "sharedSlots"),
                Objects.requireNonNull(sharedRobots, "sharedRobots"));
    }

    JdkHttpPageFetcher(HttpFetchSettings settings, Clock clock, Sleeper sleeper, Executor executor,
                       HostResolver resolver, Backoff backoff) {
        this(settings, clock, sleeper, executor, resolver, backoff, null, new InMemoryRobotsEntries());
    }

    private JdkHttpPageFetcher(HttpFetchSettings settings, Clock clock, Sleeper sleeper, Executor executor,
                               HostResolver resolver, Backoff backoff, HostSlots sharedSlots, RobotsEntries robotsEntries) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.addressPolicy = new AddressPolicy(settings.allowedNetworks(), Objects.requireNonNull(resolver, "resolver"));
        Duration lease = settings.connectTimeout().plus(settings.requestTimeout()).multipliedBy(2);
        this.hostGate = new HostGate(settings.perHostConcurrency(), clock, sleeper, sharedSlots, lease);
        // the others wait for a claimed robots.txt; one that outlives the lease (a long redirect chain) is fetched twice, harmlessly
        this.robots = new RobotsPolicy(this::loadRobots, robotsEntries, sleeper, lease, settings.robotsAgentToken(),
                clock, settings.robotsCacheTtl(), settings.robotsFailureTtl(), settings.maxCrawlDelay());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout());
        this.client = builder.executor(executor != null ? executor : boundedExecutor()).build();
    }

    private static Executor boundedExecutor() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger created = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "http-fetch-" + created.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public FetchedPage fetch(FetchRequest request) {
        return fetch(request, robotsFetch -> { });
    }

    @Override
    public FetchedPage fetch(FetchRequest request, Consumer<RobotsFetch> robotsFetched) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(robotsFetched, "robotsFetched");
        long started = clock.millis();
        boolean checkRobots = settings.robotsEnforced() && request.target() != FetchTarget.ROBOTS;
        Hop options = new Hop(request.url(), request.etag(), request.lastModified(), settings.maxAttempts(),
                settings.maxBodyBytes(), false, checkRobots, robotsFetched);
        Exchange exchange = follow(parseRequested(request.url()), options);
        FetchedPage page = toPage(request, exchange, clock.millis() - started, clock.instant());
        log.debug("Fetched {} -> {} ({}, {} bytes) in {} ms", request.url(), page.finalUrl(), page.status(),
                page.body().length, page.durationMillis());
        return page;
    }

    /** Answers with the robots.txt the fetcher obeys, so that reading its Sitemap lines costs no request of its own. */
    @Override
    public Optional<FetchedPage> robotsTxt(String robotsUrl, Consumer<RobotsFetch> robotsFetched) {
        Objects.requireNonNull(robotsFetched, "robotsFetched");
        if (!settings.robotsEnforced()) {
            return PageFetcher.super.robotsTxt(robotsUrl, robotsFetched);
        }
        URI uri;
        try {
            uri = parseRequested(robotsUrl);
        } catch (FetchException e) {
            robotsFetched.accept(new RobotsFetch(robotsUrl, null, 0, 0, e));
            return Optional.empty();
        }
        RobotsEntry entry = robots.entry(uri, robotsFetched);
        if (entry.kind() != RobotsEntry.Kind.RULES) {
            return Optional.empty();
        }
        return Optional.of(new FetchedPage(robotsUrl, entry.finalUrl(), entry.status() == null ? 200 : entry.status(), false,
                entry.body(), entry.contentType(), null, null, null, 0));
    }

    /** What one logical fetch asks of each hop. */
    private record Hop(String requestedUrl, String etag, String lastModified, int attempts, int maxBodyBytes,
                       boolean truncateBody, boolean checkRobots, Consumer<RobotsFetch> robotsFetched) {
    }

    /** One HTTP exchange that produced a status. */
    private record Exchange(URI uri, int status, HttpHeaders headers, byte[] body) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private Exchange follow(URI first, Hop hop) {
        URI current = first;
        Set<URI> visited = new HashSet<>();
        visited.add(current);
        int redirects = 0;
        while (true) {
            boolean isRedirectHop = redirects > 0;
            checkAddress(hop.requestedUrl(), current, isRedirectHop);
            Duration interval = settings.perHostMinInterval();
            if (hop.checkRobots()) {
                Duration crawlDelay = checkRobots(hop, current);
                interval = crawlDelay.compareTo(interval) > 0 ? crawlDelay : interval;
            }
            Exchange exchange = withRetries(current, hop, interval);
            if (!isRedirect(exchange.status())) {
                return exchange;
            }
            String location = exchange.header("Location").orElseThrow(() -> new FetchException(hop.requestedUrl(),
                    Reason.HTTP_STATUS, exchange.status(),
                    StatusText.of(exchange.status()) + " from " + exchange.uri() + " without a Location header", null));
            URI next;
            try {
                next = Urls.resolveRedirect(current, location);
            } catch (IllegalArgumentException e) {
                throw new FetchException(hop.requestedUrl(), Reason.INVALID_URL, exchange.status(),
                        "redirect from " + current + " to an unusable location: " + e.getMessage(), e);
            }
            redirects++;
            if (!visited.add(next)) {
                throw new FetchException(hop.requestedUrl(), Reason.TOO_MANY_REDIRECTS, exchange.status(),
                        "redirect loop: " + current + " redirects back to " + next, null);
            }
            if (redirects > settings.maxRedirects()) {
                throw new FetchException(hop.requestedUrl(), Reason.TOO_MANY_REDIRECTS, exchange.status(),
                        "more than " + settings.maxRedirects() + " redirects from " + hop.requestedUrl()
                                + ", the last to " + next, null);
            }
            log.debug("{} redirects ({}) to {}", current, exchange.status(), next);
            current = next;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private URI parseRequested(String url) {
        try {
            return Urls.parseAbsolute(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, Reason.INVALID_URL, null, e.getMessage(), e);
        }
    }

    private void checkAddress(String requestedUrl, URI uri, boolean isRedirectHop) {
        String host = uri.getHost();
        Optional<String> refusal;
        try {
            refusal = addressPolicy.refusalFor(host);
        } catch (UnknownHostException e) {
            throw new FetchException(requestedUrl, Reason.CONNECTION_FAILED, null,
                    "cannot resolve host " + host + " of " + uri, e);
        }
        if (refusal.isPresent()) {
            String what = isRedirectHop ? "redirect to " + uri : uri.toString();
            throw new FetchException(requestedUrl, Reason.BLOCKED_BY_ADDRESS_POLICY, null,
                    what + " refused: " + refusal.get(), null);
        }
    }

    /** @return the Crawl-delay to honour for the host */
    private Duration checkRobots(Hop hop, URI uri) {
        String requestedUrl = hop.requestedUrl();
        RobotsPolicy.Verdict verdict = robots.check(uri, hop.robotsFetched());
        if (verdict.failure() != null) {
            throw new FetchException(requestedUrl, verdict.failure(), verdict.status(),
                    uri + " not fetched: " + verdict.why(), null);
        }
        if (!verdict.allowed()) {
            throw new FetchException(requestedUrl, Reason.BLOCKED_BY_ROBOTS, null, uri + " " + verdict.why(), null);
        }
        return verdict.crawlDelay();
    }

    private RobotsPolicy.RobotsFile loadRobots(URI robotsUrl) {
        Hop hop = new Hop(robotsUrl.toString(), null, null, 1, ROBOTS_MAX_BYTES, true, false, robotsFetch -> { });
        Exchange exchange = follow(robotsUrl, hop);
        if (exchange.status() < 200 || exchange.status() >= 300) {
            throw new FetchException(robotsUrl.toString(), Reason.HTTP_STATUS, exchange.status(),
                    StatusText.of(exchange.status()) + " from " + exchange.uri(), null);
        }
        String contentType = ContentType.parse(exchange.header("Content-Type").orElse(null)).mediaType();
        return new RobotsPolicy.RobotsFile(exchange.uri().toString(), exchange.status(), exchange.body(),
                contentType == null ? "text/plain" : contentType, Freshness.of(exchange.headers(), clock.instant()).orElse(null));
    }

    /**
     * Sends to one URL, retrying timeouts, connection failures, 429 and 5xx.
     *
     * @return an exchange with a 2xx, 3xx or 304 status
     */
    private Exchange withRetries(URI uri, Hop hop, Duration interval) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                Exchange exchange;
                try (HostGate.Permit ignored = hostGate.enter(host, interval)) {
                    exchange = exchangeOnce(uri, hop);
                }
                int status = exchange.status();
                if (status != 429 && status < 500) {
                    if (status >= 400 || (status >= 300 && status != 304 && !isRedirect(status)) || status < 200) {
                        throw new FetchException(hop.requestedUrl(), Reason.HTTP_STATUS, status,
                                StatusText.of(status) + " from " + uri, null);
                    }
                    return exchange;
                }
                wait = retryWait(exchange, hop, attempt);
            } catch (FetchException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                if (attempt >= hop.attempts()) {
                    throw attempt == 1 ? e : new FetchException(hop.requestedUrl(), e.reason(), null,
                            e.getMessage() + " (" + attempt + " attempts)", e.getCause());
                }
                wait = backoff.delay(attempt);
                log.info("{}; retrying in {} ms (attempt {} of {})", e.getMessage(), wait.toMillis(), attempt,
                        hop.attempts());
            } catch (InterruptedException e) {
                throw interrupted(hop.requestedUrl(), e);
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                throw interrupted(hop.requestedUrl(), e);
            }
        }
    }

    private static boolean isTransient(FetchException e) {
        return e.reason() == Reason.TIMEOUT || e.reason() == Reason.CONNECTION_FAILED;
    }

    /** The wait before retrying a 429 or 5xx, or the failure when there is no retry left or wanted. */
    private Duration retryWait(Exchange exchange, Hop hop, int attempt) {
        int status = exchange.status();
        Reason reason = status == 429 ? Reason.RATE_LIMITED : Reason.SERVER_ERROR;
        String what = StatusText.of(status) + " from " + exchange.uri();
        // the failure carries the server's wait on, so that the next poll of a source honours it
        Optional<Duration> retryAfter = RetryAfter.parse(exchange.header("Retry-After").orElse(null), clock.instant());
        if (attempt >= hop.attempts()) {
            throw new FetchException(hop.requestedUrl(), reason, status, retryAfter.orElse(null),
                    what + " after " + attempt + (attempt == 1 ? " attempt" : " attempts"), null);
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(settings.maxRetryAfter()) > 0) {
            throw new FetchException(hop.requestedUrl(), reason, status, retryAfter.get(), what + " asks to retry after "
                    + seconds(retryAfter.get()) + ", longer than the " + seconds(settings.maxRetryAfter())
                    + " limit", null);
        }
        Duration wait = retryAfter.orElseGet(() -> backoff.delay(attempt));
        log.info("{}; retrying in {} ms (attempt {} of {})", what, wait.toMillis(), attempt, hop.attempts());
        return wait;
    }

    private Exchange exchangeOnce(URI uri, Hop hop) throws InterruptedException {
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                    .timeout(settings.requestTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .header("Accept-Encoding", "gzip, deflate")
                    .GET();
            if ("http".equalsIgnoreCase(uri.getScheme())) {
                // HTTP/2 is negotiated over TLS; on cleartext the h2c upgrade only confuses some servers.
                builder.version(HttpClient.Version.HTTP_1_1);
            }
            if (hop.etag() != null && !hop.etag().isBlank()) {
                builder.header("If-None-Match", hop.etag());
            }
            if (hop.lastModified() != null && !hop.lastModified().isBlank()) {
                builder.header("If-Modified-Since", hop.lastModified());
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(hop.requestedUrl(), Reason.INVALID_URL, null,
                    "cannot request " + uri + ": " + e.getMessage(), e);
        }
        // The synchronous send: the asynchronous one hands every response to the default
        // CompletableFuture pool, which on fewer than three CPUs starts a thread per task.
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, info -> new DeadlineBodySubscriber<>(bodySubscriber(info, hop, uri),
                    deadline - System.nanoTime()));
        } catch (IOException e) {
            throw translate(hop.requestedUrl(), uri, e);
        }
        byte[] body = decodeBody(response, hop, uri);
        return new Exchange(uri, response.statusCode(), response.headers(), body);
    }

    private BodySubscriber<byte[]> bodySubscriber(HttpResponse.ResponseInfo info, Hop hop, URI uri) {
        int status = info.statusCode();
        if (status < 200 || status >= 300) {
            return new BoundedBodySubscriber(DISCARDED_BODY_MAX_BYTES, true, -1);
        }
        long length = contentLength(info.headers());
        if (!hop.truncateBody() && length > hop.maxBodyBytes()) {
            return BoundedBodySubscriber.rejecting(new BodyTooLargeException("body of " + length
                    + " bytes (Content-Length) larger than " + ByteSize.format(hop.maxBodyBytes()) + " limit",
                    hop.maxBodyBytes(), false));
        }
        return new BoundedBodySubscriber(hop.maxBodyBytes(), hop.truncateBody(), length);
    }

    private static long contentLength(HttpHeaders headers) {
        try {
            OptionalLong length = headers.firstValueAsLong("Content-Length");
            return length.orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private byte[] decodeBody(HttpResponse<byte[]> response, Hop hop, URI uri) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            return new byte[0];
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        int maxDecoded = hop.truncateBody() ? hop.maxBodyBytes() : settings.maxDecodedBytes();
        try {
            return ContentDecoder.decode(response.body(), encoding, maxDecoded);
        } catch (BodyTooLargeException e) {
            throw new FetchException(hop.requestedUrl(), Reason.TOO_LARGE, status, e.getMessage() + ": " + uri, e);
        } catch (IOException e) {
            throw new FetchException(hop.requestedUrl(), Reason.UNSUPPORTED_CONTENT, status,
                    "cannot decode body of " + uri + " (Content-Encoding " + encoding + "): " + describe(e), e);
        }
    }

    private FetchException translate(String requestedUrl, URI uri, Throwable failure) {
        BodyTooLargeException tooLarge = find(failure, BodyTooLargeException.class);
        if (tooLarge != null) {
            return new FetchException(requestedUrl, Reason.TOO_LARGE, null, tooLarge.getMessage() + ": " + uri, failure);
        }
        if (find(failure, TimeoutException.class) != null) {
            return new FetchException(requestedUrl, Reason.TIMEOUT, null,
                    "no complete response from " + uri + " within " + seconds(settings.requestTimeout()), failure);
        }
        if (find(failure, HttpConnectTimeoutException.class) != null) {
            return new FetchException(requestedUrl, Reason.TIMEOUT, null,
                    "connecting to " + authority(uri) + " timed out", failure);
        }
        if (find(failure, HttpTimeoutException.class) != null) {
            return new FetchException(requestedUrl, Reason.TIMEOUT, null, "no response from " + uri + " in time", failure);
        }
        if (find(failure, ConnectException.class) != null) {
            return new FetchException(requestedUrl, Reason.CONNECTION_FAILED, null,
                    "cannot connect to " + authority(uri) + ": " + describe(find(failure, ConnectException.class)),
                    failure);
        }
        Throwable notHttp = notHttp(failure);
        if (notHttp != null) {
            // e.g. an HTTP/0.9 reply: the "status line" the JDK quotes is the peer's own content
            return new FetchException(requestedUrl, Reason.CONNECTION_FAILED, null,
                    "no valid HTTP reply from " + authority(uri) + ": " + describe(notHttp), failure);
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return new FetchException(requestedUrl, Reason.CONNECTION_FAILED, null,
                    "TLS with " + authority(uri) + " failed: " + describe(tls), failure);
        }
        return new FetchException(requestedUrl, Reason.CONNECTION_FAILED, null,
                "fetching " + uri + " failed: " + describe(failure), failure);
    }

    /** The cause saying the peer did not answer in HTTP (no status line, a malformed one), or null. */
    private static Throwable notHttp(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProtocolException || t.getMessage() != null && t.getMessage().contains("status line")) {
                return t;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The exception's message (its first line, at most {@value #MAX_DESCRIPTION} characters of
     * printable text, since it may quote what the peer sent), or for the JDK's message-less ones a
     * few words from its type.
     */
    static String describe(Throwable t) {
        String message = t.getMessage();
        if (message != null && !message.isBlank()) {
            String line = message.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?").strip();
            return line.length() > MAX_DESCRIPTION ? line.substring(0, MAX_DESCRIPTION - 3) + "..." : line;
        }
        if (t instanceof ConnectException) {
            return "connection refused";
        }
        String words = t.getClass().getSimpleName().replaceAll("(Exception|Error)$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isBlank() ? "I/O failure" : words;
    }

    private static final int MAX_DESCRIPTION = 120;

    private static String authority(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        return uri.getHost() + ":" + port;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static FetchException interrupted(String url, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchException(url, Reason.CONNECTION_FAILED, null, "interrupted while fetching " + url, e);
    }

    private static FetchedPage toPage(FetchRequest request, Exchange exchange, long durationMillis, Instant now) {
        ContentType type = ContentType.parse(exchange.header("Content-Type").orElse(null));
        boolean notModified = exchange.status() == 304;
        // A 304 may omit validators; the ones we sent are then still the current ones.
        String etag = exchange.header("ETag").orElse(notModified ? request.etag() : null);
        String lastModified = exchange.header("Last-Modified").orElse(notModified ? request.lastModified() : null);
        byte[] body = notModified ? new byte[0] : exchange.body();
        return new FetchedPage(request.url(), exchange.uri().toString(), exchange.status(), notModified, body,
                type.mediaType(), type.charset(), etag, lastModified, durationMillis,
                Freshness.of(exchange.headers(), now).orElse(null));
    }
}
