package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opt-in sanity check of the link heuristics on recorded home and section pages of the shared
 * corpus; skipped when the corpus is absent. Prints the number of article links per page.
 */
class LinkDiscoveryCorpusTest {
    private static final Path HTML = Path.of("../../shared/corpus/html");

    private final LinkDiscoverer discoverer = Discovery.linkDiscoverer();

    @Test
    void findsArticleLinksOnRecordedHomeAndSectionPages() throws IOException {
        assumeTrue(Files.isDirectory(HTML), "shared corpus not present");
        List<Path> pages;
        try (Stream<Path> s = Files.list(HTML)) {
            pages = s.filter(p -> p.getFileName().toString().matches(".*__(home|section)-.*\\.html")).sorted().toList();
        }
        for (Path file : pages) {
            String name = file.getFileName().toString();
            String host = name.substring(0, name.indexOf("__"));
            FetchedPage page = FetchedPage.ofBytes("https://" + host + "/", Files.readAllBytes(file), "text/html");
            List<DiscoveredLink> links = discoverer.articleLinks(page, null);
            List<String> feeds = discoverer.feedLinks(page);
            long titled = links.stream().filter(l -> l.title() != null).count();
            System.out.printf("%-55s %4d article links (%d titled), %d feeds%n", name, links.size(), titled, feeds.size());
            links.stream().limit(Integer.getInteger("links.sample", 0)).forEach(l -> System.out.println("    " + l.url() + "  | " + l.title()));
            assertThat(links).as(name).allSatisfy(l -> assertThat(l.url()).startsWith("http"));
            assertThat(links.size()).as(name).isLessThan(400);
        }
    }
}
