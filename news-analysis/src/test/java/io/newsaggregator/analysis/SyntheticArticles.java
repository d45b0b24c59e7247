package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A stream of realistic articles recombined from the shared key-phrase corpus (read in place):
 * each article rewrites one source story (its title and most of its paragraphs, shuffled) and
 * mixes in a paragraph or two from other stories, on one of 20 portals, at a time spread over 30
 * days, in order of time. Articles are built when asked for, so memory holds only the source texts.
 */
public final class SyntheticArticles {

    /** Portal ids of the articles run from 1 to this number. */
    public static final int PORTALS = 20;
    public static final Duration SPAN = Duration.ofDays(30);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private record Source(String title, List<String> paragraphs) {
    }

    private final List<Source> sources;

    private SyntheticArticles(List<Source> sources) {
        this.sources = sources;
    }

    public static Optional<Path> locate() {
        return Stream.of(Path.of("../shared/corpus/keyphrase-dev/docs"), Path.of("../../shared/corpus/keyphrase-dev/docs"))
                .filter(Files::isDirectory).findFirst();
    }

    public static SyntheticArticles load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Source> sources = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
                int newline = content.indexOf('\n');
                if (newline < 0) {
                    continue;
                }
                List<String> paragraphs = Arrays.stream(content.substring(newline + 1).split("\n"))
                        .map(String::strip).filter(p -> !p.isEmpty()).toList();
                if (!paragraphs.isEmpty()) {
                    sources.add(new Source(content.substring(0, newline).strip(), paragraphs));
                }
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no source texts (*.txt with a title line) in " + dir);
            }
            return new SyntheticArticles(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    public int sourceCount() {
        return sources.size();
    }

    /** Publication times of {@code count} articles, sorted, reproducible for a seed. */
    public static long[] times(int count, long seed) {
        Random random = new Random(seed);
        long[] millis = new long[count];
        for (int i = 0; i < count; i++) {
            millis[i] = START.toEpochMilli() + (long) (random.nextDouble() * SPAN.toMillis());
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Article number {@code index} (from 0) of a run; the same index and seed give the same article. */
    public AnalysisInput article(int index, long seed, long publishedAtMillis) {
        Random random = new Random(seed * 1_000_003L + index);
        Source story = sources.get(random.nextInt(sources.size()));
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : story.paragraphs()) {
            if (random.nextDouble() < 0.7) {
                paragraphs.add(paragraph);
            }
        }
        int foreign = 1 + random.nextInt(2);
        for (int i = 0; i < foreign; i++) {
            List<String> other = sources.get(random.nextInt(sources.size())).paragraphs();
            paragraphs.add(other.get(random.nextInt(other.size())));
        }
        java.util.Collections.shuffle(paragraphs, random);
        String body = String.join("\n\n", paragraphs);
        PortalId portal = PortalId.of(1 + random.nextInt(PORTALS));
        return new AnalysisInput(ArticleId.of(index + 1L), portal, 1, story.title(), null, body, "en",
                Instant.ofEpochMilli(publishedAtMillis), Instant.ofEpochMilli(publishedAtMillis));
    }
}
