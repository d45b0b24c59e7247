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
 * section page, ingested into embedded PostgreSQL, from start to summary, twice (each into a fresh
 * schema): once in a cold JVM and once after it, when the JIT has compiled what the ingest runs, as
 * the baseline's warm-up pass has for the download. The baseline is the same
 * pages merely downloaded with the JDK client at the same per-host concurrency, after one untimed
 * pass and as the best of {@value #BASELINE_PASSES} passes, so the ratio shows what parsing,
 * extraction and storage cost on top of the transfer at its fastest. Hibernate boots before the
 * ingest call is timed. Also prints the threads the JVM started and the CPU time it used during
 * the ingest (the local site's server runs in the same JVM, so its CPU is counted too).
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
            System.out.printf("articles on the site:        %d%n", articles);
            System.out.printf("baseline, download only:     %.1f pages/s (best of %d after a warm-up pass)%n",
                    baseline, BASELINE_PASSES);
            for (String pass : List.of("first ingest (cold JVM)", "second ingest (warm JVM)")) {
                ingest(pass, site, catalog, http, articles, baseline);
            }
        }
    }

    /** One ingest of the whole site into a fresh schema, with its figures. */
    private static void ingest(String pass, TestNewsSite site, String catalog, HttpFetchSettings http, int articles,
                               double baseline) {
        TestDatabase.Schema schema = TestDatabase.shared().freshSchema("");
        resetPeaks();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        long threadsBefore = threads.getTotalStartedThreadCount();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        IngestReport report;
        long ingestStart;
        long ingestCpuBefore;
        try (NewsAggregator news = NewsAggregator.builder().dataSource(TestDatabase.shared().dataSource())
                .schema(schema.name()).catalog(IngestAdapters.parseCatalog("bench.yaml", catalog)).http(http)
                .ingestSettings(IngestSettings.DEFAULTS).build()) {
            // Hibernate starts on first use; started here, its boot is set-up, not ingest
            news.unitOfWork();
            ingestStart = System.nanoTime();
            ingestCpuBefore = processCpuNanos();
            report = news.ingest(List.of(), articles * 2, IngestListener.NONE);
        }
        double ingestOnly = (System.nanoTime() - ingestStart) / 1e9;
        double ingestCpu = (processCpuNanos() - ingestCpuBefore) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        long threadsStarted = threads.getTotalStartedThreadCount() - threadsBefore;
        int stored = report.run().counts().articlesNew();
        System.out.printf("%s:%n", pass);
        System.out.printf("  articles stored:             %d (failed %d)%n", stored, report.run().counts().articlesFailed());
        System.out.printf("  start to summary:            %.2f s = %.1f articles/s (ratio %.2f)%n", seconds,
                stored / seconds, stored / seconds / baseline);
        System.out.printf("  of which set-up (pool, Hibernate boot): %.2f s; the ingest call: %.2f s = %.1f articles/s (ratio %.2f)%n",
                seconds - ingestOnly, ingestOnly, stored / ingestOnly, stored / ingestOnly / baseline);
        System.out.printf("  peak heap:                   %.0f MiB%n", peakHeapMiB());
        System.out.printf("  threads started / peak live: %d / %d%n", threadsStarted, threads.getPeakThreadCount());
        System.out.printf("  process CPU, start to summary: %.1f s (%.2f cores); the ingest call: %.1f s = %.1f ms per article%n",
                cpuSeconds, cpuSeconds / seconds, ingestCpu, ingestCpu * 1000 / stored);
        schema.drop();
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
