package io.newsaggregator.app.bench;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Realistic articles recombined from the shared key-phrase corpus, read in place at run time: each
 * article rewrites one source story (its title and about 70 % of its paragraphs, shuffled) and mixes
 * in one or two paragraphs of other stories, on one of the given portals, at a time spread over 30
 * days. Articles are built when asked for, so memory holds only the source texts. The same recipe
 * as the database-free analyse benchmark of the analysis module.
 */
final class RecombinedArticles {
    static final Duration SPAN = Duration.ofDays(30);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private record Source(String title, List<String> paragraphs) {
    }

    private final List<Source> sources;

    private RecombinedArticles(List<Source> sources) {
        this.sources = sources;
    }

    static Optional<Path> locate() {
        return Stream.of(Path.of("../shared/corpus/keyphrase-dev/docs"), Path.of("../../shared/corpus/keyphrase-dev/docs"))
                .filter(Files::isDirectory).findFirst();
    }

    static RecombinedArticles load(Path dir) {
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
            return new RecombinedArticles(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    int sourceCount() {
        return sources.size();
    }

    /** Publication times of {@code count} articles, sorted, reproducible for a seed. */
    static long[] times(int count, long seed) {
        Random random = new Random(seed);
        long[] millis = new long[count];
        for (int i = 0; i < count; i++) {
            millis[i] = START.toEpochMilli() + (long) (random.nextDouble() * SPAN.toMillis());
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Article number {@code index} of a run, not yet stored; the same index and seed give the same article. */
    Article article(int index, long seed, long publishedAtMillis, List<PortalId> portals) {
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
        Collections.shuffle(paragraphs, random);
        String body = String.join("\n\n", paragraphs);
        PortalId portal = portals.get(random.nextInt(portals.size()));
        Instant published = Instant.ofEpochMilli(publishedAtMillis);
        String url = "https://p" + portal.value() + ".example/news/" + index;
        return new Article(null, portal, url, url, story.title(), List.of(), published, null, "news", "en", null, body,
                null, ContentHash.of(story.title(), null, body), null, published, published, 1);
    }
}
