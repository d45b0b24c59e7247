package io.newsaggregator.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server with routes by exact path; counts the requests to every path. */
final class TestServer implements AutoCloseable {
    static {
        // The JDK server leaves Nagle's algorithm on, so with the client's delayed ACK a response
        // written in two parts stalls ~40 ms. It reads this property once, when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @FunctionalInterface
    interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, Headers> lastRequestHeaders = new ConcurrentHashMap<>();
    private final String host;

    TestServer(String bindAddress) throws IOException {
        this.host = bindAddress;
        server = HttpServer.create(new InetSocketAddress(bindAddress, 0), 50);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            lastRequestHeaders.put(path, exchange.getRequestHeaders());
            try (exchange) {
                Route route = routes.get(path);
                if (route == null) {
                    respond(exchange, 404, "not here");
                } else {
                    route.handle(exchange);
                }
            } catch (IOException e) {
                // the client went away, as several tests intend
            }
        });
        server.start();
    }

    TestServer on(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    String url(String path) {
        return "http://" + host + ":" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Headers lastRequestHeaders(String path) {
        return lastRequestHeaders.get(path);
    }

    static void respond(HttpExchange exchange, int status, String body, String... headers) throws IOException {
        respond(exchange, status, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Sends a fixed-length response; {@code headers} are name, value pairs. */
    static void respond(HttpExchange exchange, int status, byte[] body, String... headers) throws IOException {
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        boolean noBody = body.length == 0 || status == 304 || status == 204;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        respond(exchange, status, new byte[0], "Location", location);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
