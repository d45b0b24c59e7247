package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    @Test
    void opaqueIdLinksAreDroppedWhenNoArticleOfThePortalIsKnown() {
        assertThat(discoverer.articleLinks(opaqueSection(), null, List.of())).extracting(DiscoveredLink::url)
                .containsExactly("https://www.example.com/news/2024/05/12/harbour-council-meets-for-the-budget");
    }

    @Test
    void opaqueIdLinksShapedLikeKnownArticlesAreTakenFromTheMainListingWithTheirHeadline() {
        List<DiscoveredLink> links = discoverer.articleLinks(opaqueSection(), null, KNOWN);

        assertThat(links).extracting(DiscoveredLink::url, DiscoveredLink::title).containsExactly(
                tuple("https://www.example.com/news/articles/c4gx0j1z8p9o", "Storm reaches the coast after days at sea"),
                tuple("https://www.example.com/news/articles/cz7x1q2w3e4r", "Parliament votes on the new budget plan"),
                tuple("https://www.example.com/news/2024/05/12/harbour-council-meets-for-the-budget",
                        "Harbour council meets for the budget"));
    }

    @Test
    void aShortHeadlineIsEnoughButAGenericOrTinyTextIsNot() {
        String html = """
                <html><body><main>
                <a href="/news/articles/c4gx0j1z8p9o">Golden Skepticism</a>
                <a href="/news/articles/cz7x1q2w3e4r">More</a>
                <a href="/news/articles/cq1w2e3r4t5y">Live</a>
                </main></body></html>""";
        FetchedPage page = FetchedPage.ofBytes("https://www.example.com/news/world", html.getBytes(StandardCharsets.UTF_8), "text/html");

        assertThat(discoverer.articleLinks(page, null, KNOWN)).extracting(DiscoveredLink::url)
                .containsExactly("https://www.example.com/news/articles/c4gx0j1z8p9o");
    }

    @Test
    void aLinkTakenByItsShapeAloneNeedsAHeadlineSomewhereOnThePage() {
        assertThat(discoverer.articleLinks(opaqueSection(), null, KNOWN)).extracting(DiscoveredLink::url)
                .doesNotContain("https://www.example.com/news/articles/cq1w2e3r4t5y");
    }

    @Test
    void navHeaderFooterMoreGridsTagListsAndLinksOutsideTheMainListingAreNotTaken() {
        assertThat(discoverer.articleLinks(opaqueSection(), null, KNOWN)).extracting(DiscoveredLink::url).noneMatch(url ->
                url.endsWith("c1h2e3a4d5r6") || url.endsWith("c1n2a3v4l5k6") || url.endsWith("c6m7o8r9e0x1")
                        || url.endsWith("c2t3a4g5x6y7") || url.endsWith("c3o4u5t6s7i8") || url.endsWith("c7f8o9o0t1e2"));
    }

    @Test
    void liveTopicAndSectionPagesAreNotTakenUnlessKnownArticlesHaveTheirShape() {
        assertThat(discoverer.articleLinks(opaqueSection(), null, KNOWN)).extracting(DiscoveredLink::url)
                .doesNotContain("https://www.example.com/news/live/c5l6i7v8e9x0",
                        "https://www.example.com/news/topics/c0t9o8p7i6c5", "https://www.example.com/news/world/europe");

        List<String> liveToo = new java.util.ArrayList<>(KNOWN);
        liveToo.addAll(List.of("https://www.example.com/news/live/c1a1a1a1a1a1", "https://www.example.com/news/live/c2b2b2b2b2b2",
                "https://www.example.com/news/live/c3c3c3c3c3c3"));
        assertThat(discoverer.articleLinks(opaqueSection(), null, liveToo)).extracting(DiscoveredLink::url)
                .contains("https://www.example.com/news/live/c5l6i7v8e9x0")
                .doesNotContain("https://www.example.com/news/topics/c0t9o8p7i6c5");
    }

    @Test
    void withoutAMarkedMainAreaLinksOutsidePageChromeAreRead() {
        String html = """
                <html><body><div class="stories">
                <a href="/news/articles/c4gx0j1z8p9o">Storm reaches the coast after days at sea</a>
                <div class="more-links"><a href="/news/articles/cz7x1q2w3e4r">Parliament votes on the new budget plan</a></div>
                </div></body></html>""";
        FetchedPage page = FetchedPage.ofBytes("https://www.example.com/news/world", html.getBytes(StandardCharsets.UTF_8), "text/html");

        assertThat(discoverer.articleLinks(page, null, KNOWN)).extracting(DiscoveredLink::url)
                .containsExactly("https://www.example.com/news/articles/c4gx0j1z8p9o");
    }

    @Test
    void aSelectorIgnoresTheLearnedShapes() {
        assertThat(discoverer.articleLinks(opaqueSection(), "div.rail a", KNOWN)).extracting(DiscoveredLink::url)
                .containsExactly("https://www.example.com/news/articles/c3o4u5t6s7i8");
    }

    private static final List<String> KNOWN = List.of(
            "https://www.example.com/news/articles/c9a8b7c6d5e4",
            "https://www.example.com/news/articles/c1b2c3d4e5f6",
            "https://www.example.com/news/articles/c0p9o8i7u6y5");

    private static FetchedPage opaqueSection() {
        return resource("opaque-section.html", "https://www.example.com/news/world");
    }

    private static FetchedPage section() {
        return resource("section.html", PAGE_URL);
    }

    private static FetchedPage resource(String name, String url) {
        try (InputStream in = JsoupLinkDiscovererTest.class.getResourceAsStream(name)) {
            return FetchedPage.ofBytes(url, in.readAllBytes(), "text/html");
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
        assertThat(links.get(links.size() - 1).url()).endsWith("/news/2026/story-5009.html");
    }
}
