package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;
import io.newsaggregator.domain.port.out.FeedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opt-in check against the shared corpus of recorded real feeds; skipped when the corpus is not
 * next to the project. Prints per-category counts.
 */
class FeedCorpusTest {
    private static final Path CORPUS = Path.of("../../shared/corpus/feeds");
    private static final List<String> MOJIBAKE = List.of("Ã©", "Ã¤", "Ã¶", "Ã¼", "â€™", "â€œ", "â€", "Ã¨", "Ã ");

    private final FeedReader reader = Feeds.reader();

    @Test
    void everyGoodFeedParsesWithLinksAndCleanTitles() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("good")), "shared corpus not present");
        int parsed = 0;
        for (Path file : files("good")) {
            ParsedFeed feed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(page(file)),
                    file::toString);
            if (hasEntries(file)) {
                assertThat(feed.links()).as(file.toString()).isNotEmpty();
            } else {
                System.out.printf("  %s lists no items at all%n", file.getFileName());
            }
            for (DiscoveredLink link : feed.links()) {
                assertThat(link.url()).as(file.toString()).startsWith("http");
                if (link.title() != null) {
                    assertThat(MOJIBAKE).as(file + ": " + link.title()).noneMatch(link.title()::contains);
                }
            }
            parsed++;
        }
        System.out.printf("feeds/good: %d parsed%n", parsed);
    }

    @Test
    void everyBadFeedEndsInAParseOrAClearRefusal() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("bad")), "shared corpus not present");
        int parsed = 0;
        int refused = 0;
        for (Path file : files("bad")) {
            String name = file.getFileName().toString();
            try {
                ParsedFeed feed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(page(file)),
                        file::toString);
                parsed++;
                System.out.printf("  parsed  %-60s %d links, title=%s%n", name, feed.links().size(), feed.title());
                if (name.startsWith("mojibake__") || name.startsWith("encoding__")) {
                    feed.links().stream().map(DiscoveredLink::title).filter(t -> t != null)
                            .forEach(t -> assertThat(MOJIBAKE).as(name + ": " + t).noneMatch(t::contains));
                }
                if (name.startsWith("xxe__")) {
                    assertThat(feed.toString()).doesNotContain("root:", "note>");
                }
            } catch (MalformedContentException e) {
                refused++;
                assertThat(e.getMessage()).as(name).isNotBlank().doesNotContain("\tat ");
                System.out.printf("  refused %-60s %s%n", name, e.getMessage());
            }
        }
        System.out.printf("feeds/bad: %d parsed, %d refused%n", parsed, refused);
    }

    private static boolean hasEntries(Path file) throws IOException {
        String raw = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        return raw.contains("<item") || raw.contains("<entry");
    }

    private static List<Path> files(String dir) throws IOException {
        try (Stream<Path> s = Files.list(CORPUS.resolve(dir))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static FetchedPage page(Path file) throws IOException {
        return FetchedPage.ofBytes("https://example.org/" + file.getFileName(), Files.readAllBytes(file), null);
    }
}
