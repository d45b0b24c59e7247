package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;
import io.newsaggregator.domain.port.out.SitemapReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapsTest {
    private final SitemapReader reader = Discovery.sitemapReader();

    @Test
    void readsASitemapIndexIntoNestedSitemaps() {
        ParsedFeed parsed = reader.read(page("https://www.example.com/sitemap.xml", resource("sitemap-index.xml")));

        assertThat(parsed.links()).isEmpty();
        assertThat(parsed.nestedSitemaps()).containsExactlyInAnyOrder(
                "https://www.example.com/sitemaps/news.xml", "https://www.example.com/sitemaps/2024-05.xml");
    }

    @Test
    void readsAUrlsetWithLastmodAsPublishedAt() {
        ParsedFeed parsed = reader.read(page("https://www.example.com/sitemap-1.xml", resource("sitemap-urlset.xml")));

        assertThat(parsed.nestedSitemaps()).isEmpty();
        assertThat(parsed.links()).extracting(DiscoveredLink::url).containsExactlyInAnyOrder(
                "https://www.example.com/world/2024/05/12/storm", "https://www.example.com/world/2024/05/11/talks");
        assertThat(parsed.links()).filteredOn(l -> l.url().endsWith("storm")).singleElement()
                .extracting(DiscoveredLink::publishedAt).isEqualTo(Instant.parse("2024-05-12T08:30:00Z"));
    }

    @Test
    void readsGoogleNewsTitleAndPublicationDate() {
        ParsedFeed parsed = reader.read(page("https://www.example.com/sitemap-news.xml", resource("sitemap-news.xml")));

        assertThat(parsed.links()).singleElement().satisfies(link -> {
            assertThat(link.url()).isEqualTo("https://www.example.com/business/2024/05/12/markets-rally");
            assertThat(link.title()).isEqualTo("Markets rally on rate hopes");
            assertThat(link.publishedAt()).isEqualTo(Instant.parse("2024-05-12T07:15:00Z"));
        });
    }

    @Test
    void refusesASitemapWithAnExternalEntityWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://www.example.com/&x;</loc></url></urlset>";

        try {
            ParsedFeed parsed = reader.read(page("https://www.example.com/s.xml", xml.getBytes(StandardCharsets.UTF_8)));
            assertThat(parsed.toString()).doesNotContain("TOP-SECRET-MARKER");
        } catch (MalformedContentException e) {
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET-MARKER");
        }
    }

    @Test
    void refusesSomethingThatIsNotASitemap() {
        assertThatThrownBy(() -> reader.read(page("https://www.example.com/s.xml",
                "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageStartingWith("https://www.example.com/s.xml");
    }

    @Test
    void refusesAnEmptySitemap() {
        assertThatThrownBy(() -> reader.read(page("https://www.example.com/s.xml", new byte[0])))
                .isInstanceOf(MalformedContentException.class)
                .hasMessage("https://www.example.com/s.xml: the sitemap body is empty");
    }

    @Test
    void extractsSitemapLinesFromRobotsTxt() {
        String robots = """
                User-agent: *
                Disallow: /search
                Sitemap: https://www.example.com/sitemaps/news.xml
                sitemap: https://www.example.com/sitemaps/index.xml

                User-agent: BadBot
                Disallow: /
                """;

        assertThat(Discovery.sitemapsInRobotsTxt("https://www.example.com/robots.txt", robots.getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder("https://www.example.com/sitemaps/news.xml", "https://www.example.com/sitemaps/index.xml");
    }

    @Test
    void findsNoSitemapsInARobotsTxtWithoutThem() {
        assertThat(Discovery.sitemapsInRobotsTxt("https://www.example.com/robots.txt",
                "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    private static FetchedPage page(String url, byte[] body) {
        return FetchedPage.ofBytes(url, body, "application/xml");
    }

    private static byte[] resource(String name) {
        try (InputStream in = SitemapsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
