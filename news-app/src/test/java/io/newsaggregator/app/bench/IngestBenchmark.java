package io.newsaggregator.app.bench;

import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.ingest.catalog.CatalogLoader;
import io.newsaggregator.ingest.http.HttpFetchSettings;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * End-to-end ingest speed: a local site with N article pages behind an RSS feed, an Atom feed and a
 * section page, ingested into embedded PostgreSQL, from start to summary. The baseline is the same
 * pages merely downloaded with the JDK client at the same per-host concurrency, so the ratio shows
 * what parsing, extraction and storage cost on top of the transfer.
 *
 * <pre>
 * mvn -B -q -pl news-app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp news-app/target/test-classes:news-app/target/classes:$(cat news-app/target/bench.cp) \
 *     io.newsaggregator.app.bench.IngestBenchmark 300
 * </pre>
 */
public final class IngestBenchmark {
    private static final int PER_HOST_CONCURRENCY = 2;

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (TestNewsSite site = TestNewsSite.start(articles)) {
            TestDatabase.Schema schema = TestDatabase.shared().freshSchema("");
            String catalog = """
                    portals:
                      - code: bench
                        name: Benchmark Herald
                        homepage: %1$s/
                        language: en
                        feeds: [{url: "%1$s/rss.xml"}, {url: "%1$s/atom.xml"}]
                        sections: [{url: "%1$s/world/", category: world}]
                        sitemaps: ["%1$s/news-sitemap.xml"]
                    """.formatted(site.base());
            HttpFetchSettings http = HttpFetchSettings.defaults()
                    .withAllowedNetworks(TestNewsSite.HOST + "/32")
                    .withPerHostMinInterval(Duration.ZERO)
                    .withPerHostConcurrency(PER_HOST_CONCURRENCY);

            double baseline = downloadOnly(site, articles);
            resetPeaks();
            long start = System.nanoTime();
            IngestReport report;
            try (NewsAggregator news = NewsAggregator.builder().dataSource(TestDatabase.shared().dataSource())
                    .schema(schema.name()).catalog(CatalogLoader.parse("bench.yaml", catalog)).http(http)
                    .ingestSettings(IngestSettings.DEFAULTS).build()) {
                report = news.ingest(List.of(), articles * 2, IngestListener.NONE);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int stored = report.run().counts().articlesNew();
            double ingestRate = stored / seconds;
            System.out.printf("articles on the site:        %d%n", articles);
            System.out.printf("articles stored:             %d (failed %d)%n", stored, report.run().counts().articlesFailed());
            System.out.printf("ingest, start to summary:    %.2f s = %.1f articles/s%n", seconds, ingestRate);
            System.out.printf("baseline, download only:     %.1f pages/s%n", baseline);
            System.out.printf("ratio ingest / download:     %.2f%n", ingestRate / baseline);
            System.out.printf("peak heap during ingest:     %.0f MiB%n", peakHeapMiB());
            schema.drop();
        }
    }

    private static double downloadOnly(TestNewsSite site, int articles) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(PER_HOST_CONCURRENCY);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> sizes = IntStream.rangeClosed(1, articles).mapToObj(n -> pool.submit(() ->
                    client.send(HttpRequest.newBuilder(URI.create(site.url(TestNewsSite.articlePath(n)))).build(),
                            HttpResponse.BodyHandlers.ofByteArray()).body().length)).toList();
            for (Future<Integer> size : sizes) {
                size.get();
            }
            return articles / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
