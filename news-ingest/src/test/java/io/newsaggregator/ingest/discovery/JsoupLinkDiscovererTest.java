package io.newsaggregator.ingest.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsoupLinkDiscovererTest {
    private static final String PAGE_URL = "https://www.example.com/world";

    private final LinkDiscoverer discoverer = Discovery.linkDiscoverer();

    @Test
    void heuristicsKeepSameSiteArticleLinksOutsidePageChrome() {
        List<DiscoveredLink> links = discoverer.articleLinks(section(), null);

        assertThat(links).extracting(DiscoveredLink::url).containsExactly(
                "https://www.example.com/world/2024/05/12/storm-reaches-the-coast",
                "https://edition.example.com/world/europe/parliament-votes-on-new-budget-plan",
                "https://www.example.com/world/article-123456789",
                "https://www.example.com/world/asia/asia-votes.html");
    }

    @Test
    void heuristicsUseMeaningfulAnchorTextAsTitle() {
        List<DiscoveredLink> links = discoverer.articleLinks(section(), null);

        assertThat(links).extracting(DiscoveredLink::title).containsExactly(
                "Storm reaches the coast after days at sea",
                "Parliament votes on new budget plan",
                null,
                "Elections in Asia: the results so far");
    }

    @Test
    void selectorPicksExactlyTheMatchingLinks() {
        List<DiscoveredLink> links = discoverer.articleLinks(section(), "a.headline");

        assertThat(links).extracting(DiscoveredLink::url).containsExactly(
                "https://edition.example.com/world/europe/parliament-votes-on-new-budget-plan",
                "https://www.example.com/world/article-123456789",
                "https://www.example.com/world/asia/asia-votes.html");
    }

    @Test
    void selectorMatchingContainersTakesTheLinkInside() {
        List<DiscoveredLink> links = discoverer.articleLinks(section(), "article.teaser h2");

        assertThat(links).extracting(DiscoveredLink::url)
                .containsExactly("https://www.example.com/world/2024/05/12/storm-reaches-the-coast");
    }

    @Test
    void autodiscoversRssAtomAndJsonFeedsResolvedAgainstThePage() {
        assertThat(discoverer.feedLinks(section())).containsExactly(
                "https://www.example.com/world/rss.xml",
                "https://feeds.example.com/world.atom",
                "https://www.example.com/feed.json");
    }

    @Test
    void findsNothingOnAPageWithoutLinks() {
        FetchedPage empty = FetchedPage.ofBytes(PAGE_URL, "<html><body><p>Nothing</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html");

        assertThat(discoverer.articleLinks(empty, null)).isEmpty();
        assertThat(discoverer.feedLinks(empty)).isEmpty();
    }

    private static FetchedPage section() {
        try (InputStream in = JsoupLinkDiscovererTest.class.getResourceAsStream("section.html")) {
            return FetchedPage.ofBytes(PAGE_URL, in.readAllBytes(), "text/html");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsTheFirstLinksOfALinkHeavyPage() {
        StringBuilder html = new StringBuilder("<html><body><main>");
        for (int i = 0; i < 5_100; i++) {
            html.append("<a href=\"/news/2026/story-").append(i).append(".html\">Story number ").append(i).append("</a>");
        }
        FetchedPage page = FetchedPage.ofBytes(PAGE_URL, html.append("</main></body></html>").toString()
                .getBytes(StandardCharsets.UTF_8), "text/html");

        List<DiscoveredLink> links = discoverer.articleLinks(page, null);

        assertThat(links).hasSize(5_000);
        assertThat(links.get(0).url()).endsWith("/news/2026/story-0.html");
    }
}
