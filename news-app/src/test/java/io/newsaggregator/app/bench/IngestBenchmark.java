package io.newsaggregator.app.bench;

import com.sun.management.OperatingSystemMXBean;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
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
 * pages merely downloaded with the JDK client at the same per-host concurrency, after one untimed
 * pass and as the best of {@value #BASELINE_PASSES} passes, so the ratio shows what parsing,
 * extraction and storage cost on top of the transfer at its fastest. Also prints the threads the
 * JVM started and the CPU time it used during the ingest.
 *
 * <pre>
 * mvn -B -q -pl news-app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp news-app/target/test-classes:news-app/target/classes:$(cat news-app/target/bench.cp) \
 *     io.newsaggregator.app.bench.IngestBenchmark 300
 * </pre>
 */
public final class IngestBenchmark {
    private static final int PER_HOST_CONCURRENCY = 2;
    private static final int BASELINE_PASSES = 3;

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
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            threads.resetPeakThreadCount();
            long threadsBefore = threads.getTotalStartedThreadCount();
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            IngestReport report;
            long ingestStart;
            try (NewsAggregator news = NewsAggregator.builder().dataSource(TestDatabase.shared().dataSource())
                    .schema(schema.name()).catalog(IngestAdapters.parseCatalog("bench.yaml", catalog)).http(http)
                    .ingestSettings(IngestSettings.DEFAULTS).build()) {
                ingestStart = System.nanoTime();
                report = news.ingest(List.of(), articles * 2, IngestListener.NONE);
            }
            double ingestOnly = (System.nanoTime() - ingestStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            long threadsStarted = threads.getTotalStartedThreadCount() - threadsBefore;
            int stored = report.run().counts().articlesNew();
            double ingestRate = stored / seconds;
            System.out.printf("articles on the site:        %d%n", articles);
            System.out.printf("articles stored:             %d (failed %d)%n", stored, report.run().counts().articlesFailed());
            System.out.printf("ingest, start to summary:    %.2f s = %.1f articles/s%n", seconds, ingestRate);
            System.out.printf("  of which set-up (pool, Hibernate): %.2f s; the ingest call: %.2f s = %.1f articles/s (ratio %.2f)%n",
                    seconds - ingestOnly, ingestOnly, stored / ingestOnly, stored / ingestOnly / baseline);
            System.out.printf("baseline, download only:     %.1f pages/s (best of %d after a warm-up pass)%n",
                    baseline, BASELINE_PASSES);
            System.out.printf("ratio ingest / download:     %.2f%n", ingestRate / baseline);
            System.out.printf("peak heap during ingest:     %.0f MiB%n", peakHeapMiB());
            System.out.printf("threads started / peak live: %d / %d%n", threadsStarted, threads.getPeakThreadCount());
            System.out.printf("process CPU during ingest:   %.1f s (%.2f cores)%n", cpuSeconds, cpuSeconds / seconds);
            schema.drop();
        }
    }

    /** Pages per second of the fastest of the timed passes; the first pass warms client, server and JIT. */
    private static double downloadOnly(TestNewsSite site, int articles) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(PER_HOST_CONCURRENCY);
        try {
            download(client, pool, site, articles);
            double best = 0;
            for (int pass = 0; pass < BASELINE_PASSES; pass++) {
                long start = System.nanoTime();
                download(client, pool, site, articles);
                best = Math.max(best, articles / ((System.nanoTime() - start) / 1e9));
            }
            return best;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void download(HttpClient client, ExecutorService pool, TestNewsSite site, int articles) throws Exception {
        List<Future<Integer>> sizes = IntStream.rangeClosed(1, articles).mapToObj(n -> pool.submit(() ->
                client.send(HttpRequest.newBuilder(URI.create(site.url(TestNewsSite.articlePath(n)))).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body().length)).toList();
        for (Future<Integer> size : sizes) {
            if (size.get() == 0) {
                throw new IllegalStateException("empty page in the download baseline");
            }
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
