package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed of 200,000 items (about 1 MB gzipped) and a section page of 100,000 links, ingested by a
 * child JVM with a 128 MiB heap: the run completes, each source has its fetch event, and the feed's
 * says how many items were left unread.
 */
class HugeSourcesIT {
    private static final int ITEMS = 200_000;
    private static final int LINKS = 100_000;

    @TempDir
    Path dir;

    private HttpServer server;
    private TestDatabase.Schema schema;

    @BeforeEach
    void start() throws IOException {
        byte[] feed = gzip(feed());
        byte[] page = section().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            switch (exchange.getRequestURI().getPath()) {
                case "/rss.xml" -> send(exchange, "application/rss+xml", feed, true);
                case "/world/" -> send(exchange, "text/html; charset=utf-8", page, false);
                default -> send(exchange, "text/plain", new byte[0], false);
            }
        });
        server.start();
        schema = TestDatabase.shared().emptySchema("");
    }

    @AfterEach
    void stop() {
        server.stop(0);
        schema.drop();
    }

    @Test
    void aSmallHeapIngestsAHugeFeedAndALinkHeavyPage() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, """
                portals:
                  - code: huge
                    name: Huge
                    homepage: %1$s/
                    feeds: [{url: "%1$s/rss.xml"}]
                    sections: [{url: "%1$s/world/"}]
                    sitemaps: ["%1$s/sitemap.xml"]
                """.formatted(base));

        ChildApp.Result result = ChildApp.run(dir, Duration.ofMinutes(4), List.of("-Xmx128m"),
                AppRunner.concat(new String[] {"ingest"}, AppRunner.databaseArgs(schema), new String[] {"--catalog",
                        catalog.toString(), "--allow-network", "127.0.0.1/32", "--min-interval", "PT0S", "--timeout", "PT20S",
                        "--max-articles-per-portal", "3"}));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        try (JpaPersistence persistence = JpaPersistence.start(schema.settings())) {
            List<IngestRun> runs = persistence.unitOfWork().readOnly(repos -> repos.ingestRuns().find(Query.of(IngestRun.class)));
            assertThat(runs).extracting(IngestRun::status).containsExactly(IngestRunStatus.COMPLETED);
            FetchEvent feedEvent = event(persistence, base + "/rss.xml");
            assertThat(feedEvent.outcome()).isEqualTo(FetchOutcome.OK);
            assertThat(feedEvent.reason()).isEqualTo("kept the first 5000 items; 195000 more were listed and not read (per-source item cap)");
            FetchEvent pageEvent = event(persistence, base + "/world/");
            assertThat(pageEvent.outcome()).isEqualTo(FetchOutcome.OK);
            assertThat(pageEvent.target()).isEqualTo(FetchTarget.SECTION);
        }
    }

    private static FetchEvent event(JpaPersistence persistence, String url) {
        List<FetchEvent> events = persistence.unitOfWork().readOnly(repos -> repos.fetchEvents()
                .find(Query.of(FetchEvent.class).where(FetchEventField.URL.eq(url))));
        assertThat(events).as(url).hasSize(1);
        return events.get(0);
    }

    private static String feed() {
        StringBuilder xml = new StringBuilder(ITEMS * 60).append("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>");
        for (int i = 0; i < ITEMS; i++) {
            xml.append("<item><link>https://huge.example/n/").append(i).append("</link></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String section() {
        StringBuilder html = new StringBuilder(LINKS * 60).append("<!doctype html><html><body><main>");
        for (int i = 0; i < LINKS; i++) {
            html.append("<a href=\"/news/2026/story-").append(i).append(".html\">Story ").append(i).append("</a>\n");
        }
        return html.append("</main></body></html>").toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, String type, byte[] body, boolean gzipped) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (gzipped) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
