package io.newsaggregator.ingest.bench;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.FeedReader;
import io.newsaggregator.ingest.IngestAdapters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of {@link Feeds#reader()} against plain ROME ({@code SyndFeedInput} over
 * {@code XmlReader}, the usual way to use it) on the recorded feeds of the shared corpus, measured
 * in the same run. Also counts how many of the malformed feeds each one reads or refuses.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -pl news-ingest -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * cd news-ingest &amp;&amp; java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     io.newsaggregator.ingest.bench.FeedReadingBench ../../shared/corpus/feeds
 * </pre>
 */
public final class FeedReadingBench {
    private static final int WARMUP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 60;

    private FeedReadingBench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/feeds");
        if (!Files.isDirectory(corpus.resolve("good"))) {
            System.out.println("corpus not found at " + corpus.toAbsolutePath() + "; nothing to measure");
            return;
        }
        List<byte[]> good = read(corpus.resolve("good"));
        long bytes = good.stream().mapToLong(b -> b.length).sum();
        FeedReader ours = IngestAdapters.feedReader();

        Runnable oursRound = () -> good.forEach(b -> ours.read(FetchedPage.ofBytes("https://example.org/feed", b, null)));
        Runnable romeRound = () -> good.forEach(FeedReadingBench::plainRome);

        measure("warm-up", oursRound, romeRound, WARMUP_ROUNDS, bytes, good.size(), false);
        measure("measured", oursRound, romeRound, MEASURED_ROUNDS, bytes, good.size(), true);

        List<byte[]> bad = read(corpus.resolve("bad"));
        int oursRead = 0;
        int romeRead = 0;
        for (byte[] b : bad) {
            try {
                ours.read(FetchedPage.ofBytes("https://example.org/feed", b, null));
                oursRead++;
            } catch (MalformedContentException e) {
                // a clear refusal is an allowed outcome
            }
            try {
                plainRome(b);
                romeRead++;
            } catch (RuntimeException e) {
                // ROME refuses with one of several exception types
            }
        }
        System.out.printf("feeds/bad (%d files): news-ingest reads %d, refuses the rest; plain ROME reads %d%n",
                bad.size(), oursRead, romeRead);
    }

    private static void measure(String label, Runnable ours, Runnable rome, int rounds, long bytes, int files,
            boolean print) {
        long oursNanos = 0;
        long romeNanos = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            ours.run();
            long t1 = System.nanoTime();
            rome.run();
            long t2 = System.nanoTime();
            oursNanos += t1 - t0;
            romeNanos += t2 - t1;
        }
        if (print) {
            System.out.printf("%s: %d rounds over %d good feeds (%.1f MB per round)%n", label, rounds, files, bytes / 1e6);
            report("plain ROME (baseline)", romeNanos, rounds, bytes, files);
            report("news-ingest IngestAdapters.feedReader()", oursNanos, rounds, bytes, files);
            System.out.printf("  ratio news-ingest / ROME time: %.2f%n", (double) oursNanos / romeNanos);
        }
    }

    private static void report(String name, long nanos, int rounds, long bytes, int files) {
        double seconds = nanos / 1e9;
        System.out.printf("  %-28s %8.1f feeds/s %8.1f MB/s %8.3f ms/feed%n", name, rounds * files / seconds,
                rounds * bytes / 1e6 / seconds, seconds * 1000 / (rounds * files));
    }

    private static void plainRome(byte[] body) {
        try {
            new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> read(Path dir) throws IOException {
        List<byte[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                all.add(Files.readAllBytes(p));
            }
        }
        return all;
    }
}
