package io.newsaggregator.ingest;

import static io.newsaggregator.ingest.TestServer.redirect;
import static io.newsaggregator.ingest.TestServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.FetchException.Reason;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.RobotsFetch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdkHttpPageFetcherIT {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String GERMAN = "Grüße aus Köln – „Zitat“ für 5 €";

    private final FakeTime time = new FakeTime();
    private TestServer server;
    private HttpFetchSettings settings;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer("127.0.0.1");
        settings = HttpFetchSettings.defaults()
                .withAllowedNetworks("127.0.0.1/32")
                .withPerHostMinInterval(Duration.ZERO)
                .withConnectTimeout(Duration.ofSeconds(2))
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JdkHttpPageFetcher fetcher() {
        return new JdkHttpPageFetcher(settings, time, time, null);
    }

    private FetchedPage fetch(String path) {
        return fetcher().fetch(FetchRequest.of(server.url(path), FetchTarget.ARTICLE));
    }

    private FetchException failure(String url) {
        return failure(fetcher(), url);
    }

    private static FetchException failure(JdkHttpPageFetcher fetcher, String url) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.of(url, FetchTarget.ARTICLE)));
        assertThat(e).as("fetch of %s should fail", url).isNotNull();
        assertThat(e.url()).isEqualTo(url);
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
        return e;
    }

    // --- success, validators, conditional GET

    @Test
    void returnsBodyContentTypeAndValidatorsOf200() {
        server.on("/page", ex -> respond(ex, 200, "<p>hello</p>",
                "Content-Type", "text/html; charset=UTF-8", "ETag", "\"v1\"",
                "Last-Modified", "Sun, 01 Mar 2026 09:00:00 GMT"));

        FetchedPage page = fetch("/page");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.notModified()).isFalse();
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.etag()).isEqualTo("\"v1\"");
        assertThat(page.lastModified()).isEqualTo("Sun, 01 Mar 2026 09:00:00 GMT");
        assertThat(page.requestedUrl()).isEqualTo(server.url("/page"));
        assertThat(page.finalUrl()).isEqualTo(server.url("/page"));
        assertThat(server.lastRequestHeaders("/page").getFirst("User-Agent"))
                .isEqualTo(HttpFetchSettings.DEFAULT_USER_AGENT);
    }

    @Test
    void conditionalGetAnswered304IsNotModifiedWithEmptyBody() {
        server.on("/feed", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if ("\"v1\"".equals(inm) && "Sun, 01 Mar 2026 09:00:00 GMT".equals(ims)) {
                respond(ex, 304, new byte[0], "ETag", "\"v1\"");
            } else {
                respond(ex, 200, "<rss/>", "ETag", "\"v1\"");
            }
        });
        FetchRequest conditional = new FetchRequest(server.url("/feed"), FetchTarget.FEED, "\"v1\"",
                "Sun, 01 Mar 2026 09:00:00 GMT");

        FetchedPage page = fetcher().fetch(conditional);

        assertThat(page.notModified()).isTrue();
        assertThat(page.status()).isEqualTo(304);
        assertThat(page.body()).isEmpty();
        assertThat(page.etag()).isEqualTo("\"v1\"");
        assertThat(page.lastModified()).isEqualTo("Sun, 01 Mar 2026 09:00:00 GMT");
    }

    @Test
    void unconditionalGetOfTheSameResourceGetsTheBody() {
        server.on("/feed", ex -> respond(ex, ex.getRequestHeaders().containsKey("If-None-Match") ? 304 : 200,
                "<rss/>"));
        FetchedPage page = fetcher().fetch(FetchRequest.of(server.url("/feed"), FetchTarget.FEED));
        assertThat(page.notModified()).isFalse();
        assertThat(page.body()).isNotEmpty();
    }

    @Test
    void emptyOkBodyIsReturnedAsEmpty() {
        server.on("/empty", ex -> respond(ex, 200, new byte[0], "Content-Type", "text/html"));
        FetchedPage page = fetch("/empty");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).isEmpty();
    }

    // --- retries

    @Test
    void retriesServiceUnavailableAfterItsRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                respond(ex, 503, "later", "Retry-After", "7");
            } else {
                respond(ex, 200, "done");
            }
        });

        FetchedPage page = fetch("/busy");

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("done");
        assertThat(server.hits("/busy")).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retriesTooManyRequestsWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/limited", ex -> respond(ex, calls.incrementAndGet() == 1 ? 429 : 200, "x"));

        FetchedPage page = fetch("/limited");

        assertThat(page.status()).isEqualTo(200);
        assertThat(server.hits("/limited")).isEqualTo(2);
        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0)).isLessThanOrEqualTo(settings.backoffBase());
    }

    @Test
    void persistentServerErrorFailsAfterMaxAttempts() {
        server.on("/broken", ex -> respond(ex, 500, "oops"));

        FetchException e = failure(server.url("/broken"));

        assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(e.statusCode()).contains(500);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).isEqualTo("500 Internal Server Error from " + server.url("/broken") + " after 3 attempts");
        assertThat(server.hits("/broken")).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void retryAfterLongerThanTheCapFailsWithoutWaiting() {
        settings = settings.withMaxRetryAfter(Duration.ofSeconds(60));
        server.on("/maintenance", ex -> respond(ex, 429, "", "Retry-After", "3600"));

        FetchException e = failure(server.url("/maintenance"));

        assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
        assertThat(e.statusCode()).contains(429);
        assertThat(e.getMessage()).isEqualTo("429 Too Many Requests from " + server.url("/maintenance")
                + " asks to retry after 3600 s, longer than the 60 s limit");
        assertThat(server.hits("/maintenance")).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void failureCarriesTheRetryAfterTheServerAskedFor() {
        settings = settings.withMaxRetryAfter(Duration.ofSeconds(60));
        server.on("/maintenance", ex -> respond(ex, 503, "", "Retry-After", "120"));
        server.on("/down", ex -> respond(ex, 503, "", "Retry-After", "7"));
        server.on("/broken", ex -> respond(ex, 500, "oops"));

        assertThat(failure(server.url("/maintenance")).retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(failure(server.url("/down")).retryAfter()).as("after the last attempt").contains(Duration.ofSeconds(7));
        assertThat(failure(server.url("/broken")).retryAfter()).isEmpty();
    }

    /** Expires against Date is {@link FreshnessTest}'s: this server sets its own Date. */
    @Test
    void pageCarriesItsFreshnessLifetime() {
        server.on("/max-age", ex -> respond(ex, 200, "a", "Cache-Control", "public, max-age=600", "Age", "100"));
        server.on("/both", ex -> respond(ex, 200, "c", "Cache-Control", "max-age=60",
                "Date", "Fri, 04 Dec 2026 10:00:00 GMT", "Expires", "Fri, 04 Dec 2026 11:00:00 GMT"));
        server.on("/no-cache", ex -> respond(ex, 200, "d", "Cache-Control", "no-cache, max-age=600"));
        server.on("/plain", ex -> respond(ex, 200, "e"));
        server.on("/expired", ex -> respond(ex, 200, "f", "Date", "Fri, 04 Dec 2026 10:00:00 GMT", "Expires", "0"));

        assertThat(fetch("/max-age").freshFor()).isEqualTo(Duration.ofSeconds(500));
        assertThat(fetch("/both").freshFor()).as("max-age wins over Expires").isEqualTo(Duration.ofSeconds(60));
        assertThat(fetch("/no-cache").freshFor()).isNull();
        assertThat(fetch("/plain").freshFor()).isNull();
        assertThat(fetch("/expired").freshFor()).as("an unreadable Expires says nothing").isNull();
    }

    @Test
    void notFoundIsNotRetried() {
        FetchException e = failure(server.url("/missing"));

        assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(e.statusCode()).contains(404);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).isEqualTo("404 Not Found from " + server.url("/missing"));
        assertThat(server.hits("/missing")).isEqualTo(1);
    }

    @Test
    void slowServerTimesOut() {
        settings = settings.withRequestTimeout(Duration.ofMillis(500)).withMaxAttempts(2);
        server.on("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "too late");
        });

        FetchException e = failure(server.url("/slow"));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.statusCode()).isEmpty();
        assertThat(e.getMessage()).contains(server.url("/slow")).contains("(2 attempts)");
        assertThat(e.getCause()).isNotNull();
        assertThat(server.hits("/slow")).isEqualTo(2);
    }

    @Test
    void bodyThatTricklesPastTheRequestTimeoutTimesOut() {
        settings = settings.withRequestTimeout(Duration.ofMillis(500)).withMaxAttempts(1);
        server.on("/trickle", ex -> {
            byte[] half = "<html><body>".repeat(100).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, half.length * 2L);
            OutputStream out = ex.getResponseBody();
            out.write(half);
            out.flush();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            out.write(half);
            out.close();
        });

        FetchException e = failure(server.url("/trickle"));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("no complete response from").contains(server.url("/trickle"));
    }

    @Test
    void refusedConnectionFailsAsConnectionFailed() throws IOException {
        settings = settings.withMaxAttempts(1).withRobotsEnforced(false);
        int closedPort = closedPort();
        String url = "http://127.0.0.1:" + closedPort + "/x";

        FetchException e = failure(url);

        assertThat(e.reason()).isEqualTo(Reason.CONNECTION_FAILED);
        assertThat(e.getMessage()).startsWith("cannot connect to 127.0.0.1:" + closedPort);
    }

    @Test
    void httpZeroNineReplyFailsWithAShortReadableReason() throws Exception {
        settings = settings.withMaxAttempts(1).withRobotsEnforced(false);
        String html = "<html><head><title>old server</title></head><body>" + "x".repeat(600) + "</body></html>";
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread peer = new Thread(() -> {
                try (java.net.Socket client = socket.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    client.getOutputStream().write(html.getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the test fails on the fetch's outcome instead
                }
            });
            peer.start();
            String url = "http://127.0.0.1:" + socket.getLocalPort() + "/x";

            FetchException e = failure(url);

            assertThat(e.reason()).isEqualTo(Reason.CONNECTION_FAILED);
            assertThat(e.getMessage()).startsWith("no valid HTTP reply from 127.0.0.1:" + socket.getLocalPort())
                    .hasSizeLessThan(200);
            peer.join(5_000);
        }
    }

    // --- size limits and content encodings

    @Test
    void bodyOverTheLimitIsRefusedWhileStreaming() {
        settings = settings.withMaxBodyBytes(1024 * 1024);
        server.on("/big", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to reject early
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            }
        });

        FetchException e = failure(server.url("/big"));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("body larger than 1 MiB limit: " + server.url("/big"));
    }

    @Test
    void contentLengthOverTheLimitIsRefusedBeforeReading() {
        settings = settings.withMaxBodyBytes(1024 * 1024);
        server.on("/declared", ex -> {
            ex.sendResponseHeaders(200, 50L * 1024 * 1024);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(new byte[1024]);
            }
        });

        FetchException e = failure(server.url("/declared"));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("body of 52428800 bytes (Content-Length) larger than 1 MiB limit: "
                + server.url("/declared"));
    }

    @Test
    void gzipBombStopsAtTheDecodedLimit() throws IOException {
        byte[] bomb = gzipOfZeros(1024L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        settings = settings.withMaxDecodedBytes(10 * 1024 * 1024);
        server.on("/bomb", ex -> respond(ex, 200, bomb, "Content-Encoding", "gzip", "Content-Type", "text/html"));

        FetchException e = failure(server.url("/bomb"));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("decoded body larger than 10 MiB limit: " + server.url("/bomb"));
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws IOException {
        byte[] html = "<html><body>compressed news</body></html>".repeat(50).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(zlib, new Deflater())) {
            out.write(html);
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(html);
        }
        server.on("/deflate", ex -> respond(ex, 200, zlib.toByteArray(), "Content-Encoding", "deflate"));
        server.on("/gzip", ex -> respond(ex, 200, gz.toByteArray(), "Content-Encoding", "gzip"));

        assertThat(fetch("/deflate").body()).isEqualTo(html);
        assertThat(fetch("/gzip").body()).isEqualTo(html);
        assertThat(server.lastRequestHeaders("/gzip").getFirst("Accept-Encoding")).contains("gzip");
    }

    // --- redirects

    @Test
    void followsRedirectChainAndReturnsFinalUrl() {
        server.on("/old", ex -> redirect(ex, 301, "/moved"));
        server.on("/moved", ex -> redirect(ex, 302, "next"));
        server.on("/next", ex -> redirect(ex, 307, server.url("/final")));
        server.on("/final", ex -> respond(ex, 200, "arrived"));

        FetchedPage page = fetch("/old");

        assertThat(page.requestedUrl()).isEqualTo(server.url("/old"));
        assertThat(page.finalUrl()).isEqualTo(server.url("/final"));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
    }

    @Test
    void redirectLoopIsDetected() {
        server.on("/a", ex -> redirect(ex, 302, "/b"));
        server.on("/b", ex -> redirect(ex, 302, "/a"));

        FetchException e = failure(server.url("/a"));

        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(e.statusCode()).contains(302);
        assertThat(e.getMessage()).isEqualTo("redirect loop: " + server.url("/b") + " redirects back to " + server.url("/a"));
    }

    @Test
    void endlessRedirectsStopAtTheLimit() {
        settings = settings.withMaxRedirects(3);
        AtomicInteger counter = new AtomicInteger();
        server.on("/hop", ex -> redirect(ex, 301, "/hop" + counter.incrementAndGet()));
        for (int i = 1; i <= 10; i++) {
            int next = i;
            server.on("/hop" + i, ex -> redirect(ex, 301, "/hop" + (next + 1) + "x"));
            server.on("/hop" + i + "x", ex -> redirect(ex, 301, "/hop" + (next + 1)));
        }

        FetchException e = failure(server.url("/hop"));

        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(e.getMessage()).startsWith("more than 3 redirects from " + server.url("/hop"));
        assertThat(server.totalHits() - server.hits("/robots.txt")).isEqualTo(4);
    }

    @Test
    void redirectToLoopbackIsRefusedUnlessItsNetworkIsAllowed() throws IOException {
        try (TestServer allowed = new TestServer("127.0.0.2"); TestServer loopback = new TestServer("127.0.0.1")) {
            loopback.on("/admin", ex -> respond(ex, 200, "secret"));
            String target = loopback.url("/admin");
            allowed.on("/go", ex -> redirect(ex, 302, target));
            settings = settings.withAllowedNetworks("127.0.0.2/32");

            FetchException e = failure(allowed.url("/go"));

            assertThat(e.reason()).isEqualTo(Reason.BLOCKED_BY_ADDRESS_POLICY);
            assertThat(e.getMessage()).isEqualTo("redirect to " + target + " refused: loopback address 127.0.0.1");
            assertThat(allowed.hits("/go")).isEqualTo(1);
            assertThat(loopback.totalHits()).isZero();
        }
    }

    @Test
    void redirectToCloudMetadataIsRefusedWithoutConnecting() {
        server.on("/meta", ex -> redirect(ex, 301, "http://169.254.169.254/latest/meta-data/"));

        FetchException e = failure(server.url("/meta"));

        assertThat(e.reason()).isEqualTo(Reason.BLOCKED_BY_ADDRESS_POLICY);
        assertThat(e.getMessage()).isEqualTo(
                "redirect to http://169.254.169.254/latest/meta-data/ refused: link-local/metadata address 169.254.169.254");
        assertThat(e.getCause()).as("refused before any I/O").isNull();
    }

    @Test
    void privateOrLoopbackFirstUrlIsRefusedByDefault() {
        JdkHttpPageFetcher strict = new JdkHttpPageFetcher(
                HttpFetchSettings.defaults().withPerHostMinInterval(Duration.ZERO), time, time, null);
        server.on("/page", ex -> respond(ex, 200, "hi"));

        FetchException loopback = failure(strict, server.url("/page"));
        assertThat(loopback.reason()).isEqualTo(Reason.BLOCKED_BY_ADDRESS_POLICY);
        assertThat(loopback.getMessage()).isEqualTo(server.url("/page") + " refused: loopback address 127.0.0.1");

        FetchException byName = failure(strict, "http://localhost:" + server.port() + "/page");
        assertThat(byName.reason()).isEqualTo(Reason.BLOCKED_BY_ADDRESS_POLICY);
        assertThat(byName.getMessage()).contains("refused: loopback address");

        FetchException intranet = failure(strict, "http://10.1.2.3/");
        assertThat(intranet.reason()).isEqualTo(Reason.BLOCKED_BY_ADDRESS_POLICY);
        assertThat(intranet.getMessage()).isEqualTo("http://10.1.2.3/ refused: private address 10.1.2.3");

        assertThat(server.totalHits()).isZero();
    }

    @Test
    void otherSchemesAreInvalid() {
        FetchException e = failure("ftp://127.0.0.1/file");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(e.getMessage()).contains("only http and https");
    }

    // --- robots.txt and politeness

    @Test
    void robotsDisallowBlocksWithoutRequestingThePage() {
        server.on("/robots.txt", ex -> respond(ex, 200, "User-agent: *\nDisallow: /private/\n",
                "Content-Type", "text/plain"));
        server.on("/private/page", ex -> respond(ex, 200, "hidden"));

        FetchException e = failure(server.url("/private/page"));

        assertThat(e.reason()).isEqualTo(Reason.BLOCKED_BY_ROBOTS);
        assertThat(e.getMessage()).isEqualTo(server.url("/private/page") + " disallowed by robots.txt of http://127.0.0.1:"
                + server.port());
        assertThat(server.hits("/private/page")).isZero();
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void robotsIsFetchedOncePerHostAndPort() {
        server.on("/robots.txt", ex -> respond(ex, 200, "User-agent: *\nAllow: /\n"));
        server.on("/a", ex -> respond(ex, 200, "a"));
        server.on("/b", ex -> respond(ex, 200, "b"));
        JdkHttpPageFetcher fetcher = fetcher();

        fetcher.fetch(FetchRequest.of(server.url("/a"), FetchTarget.ARTICLE));
        fetcher.fetch(FetchRequest.of(server.url("/b"), FetchTarget.ARTICLE));
        fetcher.fetch(FetchRequest.of(server.url("/a"), FetchTarget.ARTICLE));

        assertThat(server.hits("/robots.txt")).isEqualTo(1);
        assertThat(server.hits("/a")).isEqualTo(2);
    }

    @Test
    void theRobotsTxtReadForItsSitemapsIsTheCopyObeyedWithOneRequestToldOnce() {
        server.on("/robots.txt", ex -> respond(ex, 200, "User-agent: *\nDisallow: /x\nSitemap: /news.xml\n",
                "Content-Type", "text/plain"));
        server.on("/a", ex -> respond(ex, 200, "a"));
        JdkHttpPageFetcher fetcher = fetcher();
        List<RobotsFetch> told = new ArrayList<>();

        FetchedPage read = fetcher.robotsTxt(server.url("/robots.txt"), told::add).orElseThrow();
        fetcher.fetch(FetchRequest.of(server.url("/a"), FetchTarget.ARTICLE), told::add);
        FetchedPage again = fetcher.robotsTxt(server.url("/robots.txt"), told::add).orElseThrow();

        assertThat(new String(read.body(), StandardCharsets.UTF_8)).contains("Sitemap: /news.xml");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.contentType()).isEqualTo("text/plain");
        assertThat(again.body()).isEqualTo(read.body());
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
        assertThat(told).as("the one request, told once").singleElement()
                .satisfies(fetch -> assertThat(fetch.status()).isEqualTo(200));
    }

    @Test
    void aMissingRobotsTxtReadsAsNoneAndIsToldAsA404() {
        server.on("/robots.txt", ex -> respond(ex, 404, "none"));
        List<RobotsFetch> told = new ArrayList<>();

        assertThat(fetcher().robotsTxt(server.url("/robots.txt"), told::add)).isEmpty();
        assertThat(told).singleElement().satisfies(fetch -> assertThat(fetch.status()).isEqualTo(404));
    }

    @Test
    void unavailableRobotsKeepsTheSiteUnfetchedAndFailsAsRetryable() {
        server.on("/robots.txt", ex -> respond(ex, 503, "down"));
        server.on("/page", ex -> respond(ex, 200, "hi"));
        JdkHttpPageFetcher fetcher = fetcher();

        FetchException first = failure(fetcher, server.url("/page"));
        FetchException second = failure(fetcher, server.url("/page"));

        assertThat(first.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(first.statusCode()).contains(503);
        assertThat(first.isRetryable()).isTrue();
        assertThat(first.getMessage()).startsWith(server.url("/page") + " not fetched: robots.txt of http://127.0.0.1:"
                + server.port() + " answered 503 Service Unavailable; site treated as disallowed until ");
        assertThat(second.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(server.hits("/robots.txt")).as("failure is cached, not retried per page").isEqualTo(1);
        assertThat(server.hits("/page")).isZero();
    }

    @Test
    void unreachableHostFailsAsConnectionFailedEvenWithRobotsEnforced() throws IOException {
        int closedPort = closedPort();
        String url = "http://127.0.0.1:" + closedPort + "/x";

        FetchException e = failure(url);

        assertThat(e.reason()).isEqualTo(Reason.CONNECTION_FAILED);
        assertThat(e.getMessage()).contains("robots.txt of http://127.0.0.1:" + closedPort + " unreachable (cannot connect");
    }

    @Test
    void crawlDelayOfRobotsSpacesRequests() {
        server.on("/robots.txt", ex -> respond(ex, 200, "User-agent: news-aggregator\nCrawl-delay: 5\n"));
        server.on("/a", ex -> respond(ex, 200, "a"));
        server.on("/b", ex -> respond(ex, 200, "b"));
        JdkHttpPageFetcher fetcher = fetcher();

        fetcher.fetch(FetchRequest.of(server.url("/a"), FetchTarget.ARTICLE));
        fetcher.fetch(FetchRequest.of(server.url("/b"), FetchTarget.ARTICLE));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void perHostMinIntervalSpacesRequests() {
        settings = settings.withPerHostMinInterval(Duration.ofSeconds(2));
        server.on("/a", ex -> respond(ex, 200, "a"));
        JdkHttpPageFetcher fetcher = fetcher();

        fetcher.fetch(FetchRequest.of(server.url("/a"), FetchTarget.ARTICLE));
        fetcher.fetch(FetchRequest.of(server.url("/a"), FetchTarget.ARTICLE));

        // robots.txt, then the page 2 s later, then the page again 2 s after that
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void perHostConcurrencyLimitIsRespected() throws Exception {
        settings = settings.withPerHostConcurrency(2);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.on("/slowish", ex -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            respond(ex, 200, "ok");
        });
        JdkHttpPageFetcher fetcher = fetcher();
        ExecutorService workers = Executors.newFixedThreadPool(6);
        try {
            List<Future<FetchedPage>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(workers.submit(() -> fetcher.fetch(FetchRequest.of(server.url("/slowish"), FetchTarget.ARTICLE))));
            }
            for (Future<FetchedPage> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(server.hits("/slowish")).isEqualTo(6);
        assertThat(maxInFlight.get()).isEqualTo(2);
    }

    // --- charsets end to end

    @Test
    void windows1252PageDeclaredInHeaderDecodesCorrectly() {
        server.on("/legacy", ex -> respond(ex, 200, ("<p>" + GERMAN + "</p>").getBytes(CP1252),
                "Content-Type", "text/html; charset=windows-1252"));

        FetchedPage page = fetch("/legacy");
        DecodedText text = TextDecoder.decodeHtml(page.body(), page.charset());

        assertThat(page.charset()).isEqualTo("windows-1252");
        assertThat(text.text()).isEqualTo("<p>" + GERMAN + "</p>");
    }

    @Test
    void windows1252PageDeclaredOnlyInMetaDecodesCorrectly() {
        server.on("/meta-only", ex -> respond(ex, 200,
                ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                        + "</head><body>" + GERMAN + "</body></html>").getBytes(CP1252),
                "Content-Type", "text/html"));

        FetchedPage page = fetch("/meta-only");
        DecodedText text = TextDecoder.decodeHtml(page.body(), page.charset());

        assertThat(page.charset()).isNull();
        assertThat(text.text()).contains(GERMAN);
        assertThat(text.how()).isEqualTo("meta");
    }

    @Test
    void utf8PageMisdeclaredAsLatin1DecodesCorrectly() {
        server.on("/misdeclared", ex -> respond(ex, 200, ("<p>" + GERMAN + "</p>").getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/html; charset=ISO-8859-1"));

        FetchedPage page = fetch("/misdeclared");
        DecodedText text = TextDecoder.decodeHtml(page.body(), page.charset());

        assertThat(text.text()).isEqualTo("<p>" + GERMAN + "</p>");
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    /** A loopback port nobody listens on (just released). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static byte[] gzipOfZeros(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * 1024 * 1024);
        byte[] zeros = new byte[1024 * 1024];
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
            for (long written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
