package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Size of the story clusterer's saved state, and the time to export and restore it, as the
 * {@code analyse} use case pays them after every batch, over a long synthetic stream of 100,000
 * articles spread evenly over 60 days, through the stored pipeline's clusterer. Two streams:
 * {@code topics} ({@link MultiWindowStream}: stories that run for hours to days, as most news
 * does) and {@code headlines} (the development headlines synthesised by {@link SyntheticStream}:
 * each copy of the set retells the same 40 stories within the window, so most stories never
 * close, the worst case for a state bounded by open stories). Prints one row per 10 days and
 * compares the last row with the first (the baseline of the same run): a state bounded by the
 * stories of one window keeps the ratio near 1. Also prints the summed export time of a run that
 * exports after every batch, and a digest of all assignments so that runs of two versions can be
 * checked for identical clustering. Alongside runs the clusterer itself on the same articles,
 * keeping closed stories, to count what the state holds: its open stories against every story of
 * the run so far (what the state held when it kept closed stories), the members of those open
 * stories (each one an id in the state before format version 2, a count per portal since), and its
 * document frequencies.
 *
 * <p>Run from the worktree root:
 * <pre>
 * mvn -B -q -o -pl news-analysis -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp "$(cat news-analysis/target/cp.txt):news-analysis/target/classes:news-analysis/target/test-classes" \
 *     io.newsaggregator.analysis.StoryStateGrowthBenchmark [topics|headlines] [articles] [days] [batch]
 * </pre>
 */
public final class StoryStateGrowthBenchmark {

    private static final int WARMUP = 2;
    private static final int REPEATS = 7;

    private StoryStateGrowthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String stream = args.length > 0 ? args[0] : "topics";
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        List<StoryInput> inputs;
        if (stream.equals("headlines")) {
            Path csv = Path.of("../shared/corpus/stories-dev/headlines.csv");
            if (!Files.isRegularFile(csv)) {
                System.out.println("SKIPPED: " + csv + " not found (run from the worktree root)");
                return;
            }
            inputs = headlines(csv, size, Duration.ofDays(days));
        } else {
            inputs = MultiWindowStream.of(size, days, 42);
        }
        IncrementalStoryClusterer counting = new IncrementalStoryClusterer(
                StoryClustererSettings.builder().keepClosedStories(true).build());
        StoryClusterers clusterers = AnalysisAdapters.defaults().storyClusterers();

        System.out.printf(Locale.ROOT, "%s stream, %,d articles over %d days, checkpoints every 10 days, export+restore median of %d after %d warm-up%n",
                stream, size, days, REPEATS, WARMUP);
        Checkpoint first = null;
        Checkpoint last = null;
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Instant start = inputs.get(0).seenAt();
        int nextDay = 10;
        long batchExportNanos = 0;
        int batchExports = 0;
        for (int i = 0; i < inputs.size(); i++) {
            StoryAssignment assignment = clusterer.add(inputs.get(i));
            counting.add(inputs.get(i));
            digest.update((assignment.story().storyKey() + assignment.absorbedStoryKeys() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            if ((i + 1) % batch == 0 || i + 1 == inputs.size()) {
                long t0 = System.nanoTime();
                byte[] state = clusterer.exportState();
                batchExportNanos += System.nanoTime() - t0;
                batchExports++;
                if (state.length < 0) {
                    System.out.println("impossible");
                }
            }
            boolean dayReached = Duration.between(start, inputs.get(i).seenAt()).toDays() >= nextDay;
            if (dayReached || i + 1 == inputs.size()) {
                Checkpoint checkpoint = measure(clusterer, clusterers, i + 1,
                        Duration.between(start, inputs.get(i).seenAt()).toDays());
                StoryClustererState state = counting.state();
                System.out.printf(Locale.ROOT, "%s; holds %,d stories of %,d so far (%,d members), %,d document-frequency terms%n",
                        checkpoint.format(), state.stories().size(), counting.stories().size(),
                        state.stories().stream().mapToInt(StoryRecord::memberCount).sum(),
                        state.documentFrequencies().size());
                first = first == null ? checkpoint : first;
                last = checkpoint;
                nextDay += 10;
            }
        }
        System.out.printf(Locale.ROOT, "export after every batch of %,d: %d exports, %,.0f ms in total%n",
                batch, batchExports, batchExportNanos / 1e6);
        System.out.printf(Locale.ROOT, "last/first checkpoint: state bytes x%.2f, export+restore time x%.2f%n",
                last.bytes() / (double) first.bytes(), last.millis() / first.millis());
        System.out.println("assignments digest " + HexFormat.of().formatHex(digest.digest()));
    }

    private static Checkpoint measure(StoryClusterer clusterer, StoryClusterers clusterers, int articles, long day) {
        double[] millis = new double[REPEATS];
        int bytes = 0;
        for (int r = -WARMUP; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            byte[] state = clusterer.exportState();
            StoryClusterer restored = clusterers.restore(Optional.of(state));
            long nanos = System.nanoTime() - t0;
            if (r >= 0) {
                millis[r] = nanos / 1e6;
            }
            bytes = state.length;
            if (restored == null) {
                throw new IllegalStateException("no clusterer restored");
            }
        }
        Arrays.sort(millis);
        return new Checkpoint(day, articles, bytes, millis[REPEATS / 2]);
    }

    /** The synthetic headline stream, its times stretched or squeezed to {@code span}. */
    private static List<StoryInput> headlines(Path csv, int size, Duration span) throws Exception {
        List<StoryInput> base = StoryInputs.headlines(HeadlineCsv.read(csv));
        List<StoryInput> documents = SyntheticStream.of(base, size, 42);
        Instant first = documents.get(0).seenAt();
        long original = Duration.between(first, documents.get(documents.size() - 1).seenAt()).toMillis();
        double scale = span.toMillis() / (double) Math.max(1, original);
        List<StoryInput> stretched = new ArrayList<>(size);
        for (StoryInput d : documents) {
            Instant at = first.plusMillis(Math.round(Duration.between(first, d.seenAt()).toMillis() * scale));
            stretched.add(StoryInputs.at(d, at));
        }
        return stretched;
    }

    private record Checkpoint(long day, int articles, int bytes, double millis) {
        String format() {
            return String.format(Locale.ROOT, "day %3d, %,7d articles: state %,9d bytes, export+restore %,8.1f ms",
                    day, articles, bytes, millis);
        }
    }
}
