package io.newsaggregator.app.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Several small portals, each on a loopback address of its own (127.0.0.2, 127.0.0.3, ...), as a
 * fleet of workers sees the web: every portal has a robots.txt, a home page, one RSS feed and its
 * article pages. Every request is logged with its host and arrival time, so a test can check
 * from the server's side that no page was fetched twice and that the requests to one host were
 * spaced. A feed is either static (with an ETag, answering 304 to a conditional request) or
 * growing: every fetch lists one article more, up to all of the portal's articles.
 */
public final class FleetSite implements AutoCloseable {
    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One request as the server saw it; {@code nanos} is a monotonic arrival time. */
    public record Request(String host, String path, long nanos) {
    }

    /** A portal of the site. */
    public static final class Portal {
        private final String code;
        private final String host;
        private final HttpServer server;
        private final List<Integer> articles;
        private final AtomicInteger listed;
        private final boolean growing;
        private volatile Duration articleDelay = Duration.ZERO;

        private Portal(String code, String host, HttpServer server, List<Integer> articles, boolean growing) {
            this.code = code;
            this.host = host;
            this.server = server;
            this.articles = articles;
            this.growing = growing;
            this.listed = new AtomicInteger(growing ? 1 : articles.size());
        }

        public String code() {
            return code;
        }

        public String host() {
            return host;
        }

        public String base() {
            return "http://" + host + ":" + server.getAddress().getPort();
        }

        /** Paths of every article page of the portal. */
        public List<String> articlePaths() {
            return articles.stream().map(TestNewsSite::articlePath).toList();
        }

        /** Article pages answer only after this long, as a slow server would. */
        public void delayArticles(Duration delay) {
            articleDelay = delay;
        }
    }

    private final List<Portal> portals = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean published = new java.util.concurrent.atomic.AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Request> log = new ConcurrentLinkedQueue<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(8);

    private FleetSite() {
    }

    /**
     * @param hosts    loopback addresses, one portal on each
     * @param articles articles per portal
     * @param growing  which portals (by index) have a growing feed
     */
    public static FleetSite start(List<String> hosts, int articles, List<Integer> growing) {
        FleetSite site = new FleetSite();
        try {
            for (int i = 0; i < hosts.size(); i++) {
                List<Integer> numbers = new ArrayList<>();
                for (int n = 1; n <= articles; n++) {
                    numbers.add((i + 1) * 1000 + n);
                }
                site.add("p" + (i + 1), hosts.get(i), numbers, growing.contains(i));
            }
        } catch (IOException e) {
            site.close();
            throw new UncheckedIOException(e);
        }
        return site;
    }

    private void add(String code, String host, List<Integer> articles, boolean growing) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.setExecutor(executor);
        Portal portal = new Portal(code, host, server, articles, growing);
        server.createContext("/", exchange -> answer(portal, exchange));
        server.start();
        portals.add(portal);
    }

    /** Until {@link #publish()}, the static feeds list no article: a test can start its workers first. */
    public void holdArticles() {
        published.set(false);
    }

    public void publish() {
        published.set(true);
    }

    public List<Portal> portals() {
        return List.copyOf(portals);
    }

    /** The portals as a catalog (docs/catalog.md): each with its home page and its feed. */
    public String catalog() {
        StringBuilder yaml = new StringBuilder("portals:\n");
        for (Portal portal : portals) {
            yaml.append("""
                      - code: %s
                        name: Portal %s
                        homepage: %s/
                        language: en
                        feeds:
                          - {url: "%s/rss.xml", category: world}
                    """.formatted(portal.code, portal.code, portal.base(), portal.base()));
        }
        return yaml.toString();
    }

    public List<Request> requests() {
        return List.copyOf(log);
    }

    /** Requests per path of one host. */
    public Map<String, Long> hitsByPath(String host) {
        return log.stream().filter(r -> r.host().equals(host))
                .collect(Collectors.groupingBy(Request::path, TreeMap::new, Collectors.counting()));
    }

    /** The shortest time between the arrivals of two consecutive requests to the host. */
    public Duration shortestGap(String host) {
        List<Request> arrivals = arrivals(host);
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < arrivals.size(); i++) {
            shortest = Math.min(shortest, arrivals.get(i).nanos() - arrivals.get(i - 1).nanos());
        }
        return Duration.ofNanos(shortest);
    }

    /** The requests to the host in order of arrival, each with the time since the one before (for failure messages). */
    public String timeline(String host) {
        List<Request> arrivals = arrivals(host);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < arrivals.size(); i++) {
            long gap = i == 0 ? 0 : (arrivals.get(i).nanos() - arrivals.get(i - 1).nanos()) / 1_000_000;
            lines.append(String.format("%n  +%5d ms %s", gap, arrivals.get(i).path()));
        }
        return lines.toString();
    }

    private List<Request> arrivals(String host) {
        return log.stream().filter(r -> r.host().equals(host)).sorted(java.util.Comparator.comparingLong(Request::nanos)).toList();
    }

    private void answer(Portal portal, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        log.add(new Request(portal.host, path, System.nanoTime()));
        try (exchange) {
            String base = portal.base();
            if (path.equals("/robots.txt")) {
                TestNewsSite.send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/")) {
                TestNewsSite.send(exchange, 200, "text/html; charset=utf-8",
                        ("<!DOCTYPE html><html><head><title>Portal " + portal.code + "</title></head><body><h1>Portal "
                                + portal.code + "</h1></body></html>").getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/rss.xml")) {
                feed(portal, exchange, base, published.get());
            } else {
                article(portal, exchange, path, base);
            }
        }
    }

    private static void feed(Portal portal, HttpExchange exchange, String base, boolean published) throws IOException {
        int shown = portal.growing ? portal.listed.getAndUpdate(n -> Math.min(portal.articles.size(), n + 1))
                : published ? portal.articles.size() : 0;
        String etag = "\"" + portal.code + "-" + shown + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        TestNewsSite.send(exchange, 200, "application/rss+xml; charset=utf-8",
                Feeds.rss(base, portal.articles.subList(0, shown)).getBytes(StandardCharsets.UTF_8));
    }

    private static void article(Portal portal, HttpExchange exchange, String path, String base) throws IOException {
        for (int n : portal.articles) {
            if (TestNewsSite.articlePath(n).equals(path)) {
                pause(portal.articleDelay);
                TestNewsSite.send(exchange, 200, "text/html; charset=utf-8", Pages.article(n, base, null).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        TestNewsSite.send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }

    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        for (Portal portal : portals) {
            portal.server.stop(0);
        }
        executor.shutdownNow();
    }
}
