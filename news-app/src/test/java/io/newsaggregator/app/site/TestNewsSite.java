package io.newsaggregator.app.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A small news portal on a loopback address, with feeds, a section page and article pages, plus
 * the hostile answers the web gives: broken feeds, XXE, error statuses, slow and huge bodies, gzip
 * bombs, redirect loops and redirects to internal addresses.
 *
 * <p>It binds to 127.0.0.2 so that a test can allow exactly that address and still see redirects to
 * 127.0.0.1 refused by the default address policy.
 */
public final class TestNewsSite implements AutoCloseable {
    public static final String HOST = "127.0.0.2";

    static {
        // The JDK server leaves Nagle's algorithm on, so with the client's delayed ACK a response
        // written in two parts stalls ~40 ms. It reads this property once, when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final int articleCount;

    @FunctionalInterface
    public interface Route {
        void answer(HttpExchange exchange) throws IOException;
    }

    private TestNewsSite(int articleCount) throws IOException {
        this.articleCount = articleCount;
        server = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::dispatch);
        server.start();
        defineSite();
    }

    /** Starts the site with {@code articleCount} articles listed by its feeds and section page. */
    public static TestNewsSite start(int articleCount) {
        try {
            return new TestNewsSite(articleCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://" + HOST + ":" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    /** Answers every path starting with {@code pathPrefix} only after {@code delay}, as a slow server would. */
    public void delay(String pathPrefix, Duration delay) {
        delays.put(pathPrefix, delay);
    }

    /** Requests for article pages so far. */
    public int articleHits() {
        int total = 0;
        for (int n = 1; n <= articleCount; n++) {
            total += hits(articlePath(n));
        }
        return total;
    }

    /** Serves {@code html} as a UTF-8 page at {@code path}. */
    public void page(String path, String html) {
        route(path, ex -> send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    /** Serves an RSS feed at {@code path} listing the pages at {@code paths}, with these further headers (name, value, ...). */
    public void feed(String path, List<String> paths, String... headers) {
        route(path, ex -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            send(ex, 200, "application/rss+xml", Feeds.rssOf(base(), paths).getBytes(StandardCharsets.UTF_8));
        });
    }

    public void route(String path, Route route) {
        routes.put(path, route);
    }

    /** Changes the body text of article {@code n}, as an editor correcting a story would. */
    public void reviseArticle(int n, String extraParagraph) {
        route(articlePath(n), ex -> send(ex, 200, "text/html; charset=utf-8", Pages.article(n, base(), extraParagraph)
                .getBytes(StandardCharsets.UTF_8)));
    }

    public static String articlePath(int n) {
        LocalDate day = LocalDate.of(2026, 11, 1).plusDays(n % 20);
        return "/news/" + day.getYear() + "/" + String.format("%02d/%02d", day.getMonthValue(), day.getDayOfMonth())
                + "/story-number-" + n + "-about-the-harbour-council.html";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void defineSite() {
        String base = base();
        List<Integer> all = new ArrayList<>();
        for (int n = 1; n <= articleCount; n++) {
            all.add(n);
        }
        routes.put("/robots.txt", ex -> send(ex, 200, "text/plain", ("User-agent: *\nDisallow: /private/\nSitemap: " + base + "/news-sitemap.xml\n").getBytes(StandardCharsets.UTF_8)));
        routes.put("/", ex -> send(ex, 200, "text/html; charset=utf-8", Pages.home(base).getBytes(StandardCharsets.UTF_8)));
        routes.put("/rss.xml", conditional("\"rss-v1\"", "application/rss+xml; charset=utf-8", () -> Feeds.rss(base, all.subList(0, all.size() / 2))));
        routes.put("/atom.xml", ex -> send(ex, 200, "application/atom+xml", Feeds.atom(base, all.subList(all.size() / 2, all.size())).getBytes(StandardCharsets.UTF_8)));
        routes.put("/rdf.xml", ex -> send(ex, 200, "application/rdf+xml", Feeds.rdf(base, all.subList(0, Math.min(3, all.size()))).getBytes(StandardCharsets.UTF_8)));
        routes.put("/news-sitemap.xml", ex -> send(ex, 200, "application/xml", Feeds.newsSitemap(base, all.subList(0, Math.min(3, all.size()))).getBytes(StandardCharsets.UTF_8)));
        routes.put("/world/", ex -> send(ex, 200, "text/html; charset=utf-8", Pages.section(base, all).getBytes(StandardCharsets.UTF_8)));
        for (int n : all) {
            routes.put(articlePath(n), ex -> send(ex, 200, "text/html; charset=utf-8", Pages.article(n, base, null).getBytes(StandardCharsets.UTF_8)));
        }
        routes.put("/private/secret.html", ex -> send(ex, 200, "text/html", Pages.article(9999, base, null).getBytes(StandardCharsets.UTF_8)));
        defineHostileRoutes(base);
    }

    private void defineHostileRoutes(String base) {
        routes.put("/bad/xxe.xml", ex -> send(ex, 200, "application/rss+xml", Feeds.xxe().getBytes(StandardCharsets.UTF_8)));
        routes.put("/bad/billion-laughs.xml", ex -> send(ex, 200, "application/rss+xml", Feeds.billionLaughs().getBytes(StandardCharsets.UTF_8)));
        routes.put("/bad/malformed.xml", ex -> send(ex, 200, "application/rss+xml", Feeds.truncated(base).getBytes(StandardCharsets.UTF_8)));
        routes.put("/bad/html-as-feed.xml", ex -> send(ex, 200, "text/html", "<!DOCTYPE html><html><head><title>Moved</title></head><body><p>This feed has moved.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        routes.put("/bad/empty.xml", ex -> send(ex, 200, "application/rss+xml", new byte[0]));
        routes.put("/bad/always-500.xml", ex -> send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        AtomicInteger unavailable = new AtomicInteger();
        routes.put("/bad/503-then-ok.xml", ex -> {
            if (unavailable.getAndIncrement() == 0) {
                ex.getResponseHeaders().add("Retry-After", "1");
                send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "application/rss+xml", Feeds.rss(base, List.of(1)).getBytes(StandardCharsets.UTF_8));
            }
        });
        AtomicInteger limited = new AtomicInteger();
        routes.put("/bad/429-then-ok.xml", ex -> {
            if (limited.getAndIncrement() == 0) {
                ex.getResponseHeaders().add("Retry-After", "0");
                send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "application/rss+xml", Feeds.rss(base, List.of(2)).getBytes(StandardCharsets.UTF_8));
            }
        });
        routes.put("/bad/slow.xml", ex -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "application/rss+xml", Feeds.rss(base, List.of(1)).getBytes(StandardCharsets.UTF_8));
        });
        routes.put("/bad/huge.xml", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                for (int i = 0; i < 64 * 16; i++) { // 64 MiB unless the client hangs up first
                    out.write(chunk);
                }
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops reading at its limit
            }
        });
        byte[] bomb = gzipBomb();
        routes.put("/bad/gzip-bomb.xml", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "application/rss+xml", bomb);
        });
        routes.put("/bad/loop", ex -> redirect(ex, base + "/bad/loop-2"));
        routes.put("/bad/loop-2", ex -> redirect(ex, base + "/bad/loop"));
        routes.put("/bad/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        routes.put("/bad/to-loopback", ex -> redirect(ex, "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml"));
        routes.put("/bad/latin1-article.html", ex -> send(ex, 200, "text/html",
                Pages.latin1Article(base).getBytes(Charset.forName("windows-1252"))));
        routes.put("/bad/sitemap.xml", ex -> send(ex, 200, "text/html", "<html><body>Not a sitemap</body></html>".getBytes(StandardCharsets.UTF_8)));
        routes.put("/bad/articles.xml", ex -> send(ex, 200, "application/rss+xml", Feeds.rssOf(base,
                List.of("/bad/latin1-article.html", "/bad/empty-article.html", "/private/secret.html")).getBytes(StandardCharsets.UTF_8)));
        routes.put("/bad/empty-article.html", ex -> send(ex, 200, "text/html; charset=utf-8", new byte[0]));
    }

    private Route conditional(String etag, String contentType, java.util.function.Supplier<String> body) {
        return ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            send(ex, 200, contentType, body.get().getBytes(StandardCharsets.UTF_8));
        };
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Route route = routes.get(path);
        Duration pause = delays.entrySet().stream().filter(d -> path.startsWith(d.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(Duration.ZERO);
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (exchange) {
            if (route == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                route.answer(exchange);
            }
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /** 256 MiB of spaces compressed to about 250 KiB. */
    private static byte[] gzipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                gzip.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
