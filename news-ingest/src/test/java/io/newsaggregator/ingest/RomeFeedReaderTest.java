package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;
import io.newsaggregator.domain.port.out.FeedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RomeFeedReaderTest {
    private static final String FEED_URL = "https://news.example.com/feeds/world.xml";

    private final FeedReader reader = Feeds.reader();

    @Test
    void readsRss2EntriesWithCategoriesDatesAndFeedBurnerOriginalLinks() {
        ParsedFeed feed = reader.read(page(resource("rss2-feedburner.xml")));

        assertThat(feed.title()).isEqualTo("Example World News");
        assertThat(feed.links()).extracting(DiscoveredLink::url).containsExactly(
                "https://news.example.com/world/2024/05/12/storm-reaches-the-coast",
                "https://news.example.com/world/2024/05/11/talks-resume");
        DiscoveredLink first = feed.links().get(0);
        assertThat(first.title()).isEqualTo("Storm reaches the coast");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-12T08:30:00Z"));
        assertThat(first.categories()).containsExactly("World", "Weather");
        assertThat(feed.links().get(1).title()).isEqualTo("Talks resume & hopes rise");
        assertThat(feed.links().get(1).publishedAt()).isEqualTo(Instant.parse("2024-05-11T15:00:00Z"));
    }

    @Test
    void readsAtomWithPublishedBeforeUpdatedAndPlainTextTitles() {
        ParsedFeed feed = reader.read(page(resource("atom.xml")));

        assertThat(feed.links()).hasSize(2);
        DiscoveredLink first = feed.links().get(0);
        assertThat(first.url()).isEqualTo("https://atom.example.org/markets/markets-rally-again");
        assertThat(first.title()).isEqualTo("Markets rally again");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-12T07:45:00Z"));
        assertThat(first.categories()).containsExactly("economy");
        assertThat(feed.links().get(1).publishedAt()).isEqualTo(Instant.parse("2024-05-11T06:00:00Z"));
    }

    @Test
    void readsRdfRss10() {
        ParsedFeed feed = reader.read(page(resource("rss1.rdf")));

        assertThat(feed.links()).singleElement().satisfies(link -> {
            assertThat(link.url()).isEqualTo("https://rdf.example.net/stories/3123456/");
            assertThat(link.title()).isEqualTo("Parliament passes budget");
            assertThat(link.publishedAt()).isEqualTo(Instant.parse("2024-05-10T10:00:00Z"));
        });
    }

    @Test
    void readsJsonFeedResolvingRelativeExternalUrls() {
        ParsedFeed feed = reader.read(FetchedPage.ofBytes("https://json.example.com/feed.json",
                resource("feed.json"), "application/feed+json"));

        assertThat(feed.title()).isEqualTo("Example JSON Feed");
        assertThat(feed.links()).extracting(DiscoveredLink::url)
                .containsExactly("https://json.example.com/2024/05/first-post", "https://json.example.com/articles/second");
        assertThat(feed.links().get(0).categories()).containsExactly("tech", "news");
        assertThat(feed.links().get(0).publishedAt()).isEqualTo(Instant.parse("2024-05-09T14:00:00Z"));
        assertThat(feed.links().get(1).publishedAt()).isEqualTo(Instant.parse("2024-05-10T00:00:00Z"));
    }

    @Test
    void decodesIso88591DeclaredFeeds() {
        byte[] body = rss("ISO-8859-1", "Über Größe und Café").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(onlyTitle(page(body))).isEqualTo("Über Größe und Café");
    }

    @Test
    void decodesWindows1251DeclaredFeeds() {
        byte[] body = rss("windows-1251", "Новости Москвы").getBytes(Charset.forName("windows-1251"));

        assertThat(onlyTitle(page(body))).isEqualTo("Новости Москвы");
    }

    @Test
    void guessesUndeclaredKoi8rCyrillic() {
        String xml = rss(null, "Как пережить новогоднюю ночь и не остаться без сил до утра");
        byte[] body = xml.getBytes(Charset.forName("KOI8-R"));

        assertThat(onlyTitle(page(body))).isEqualTo("Как пережить новогоднюю ночь и не остаться без сил до утра");
    }

    @Test
    void honoursTheHttpCharsetOverTheDeclaration() {
        byte[] body = rss("UTF-8", "Новости").getBytes(Charset.forName("KOI8-R"));
        FetchedPage page = new FetchedPage(FEED_URL, FEED_URL, 200, false, body, "application/rss+xml", "KOI8-R",
                null, null, 0);

        assertThat(onlyTitle(page)).isEqualTo("Новости");
    }

    @Test
    void trustsTheXmlDeclarationOverAServersLatin1Default() {
        byte[] body = rss("windows-1251", "Новости").getBytes(Charset.forName("windows-1251"));
        FetchedPage page = new FetchedPage(FEED_URL, FEED_URL, 200, false, body, "text/xml", "ISO-8859-1",
                null, null, 0);

        assertThat(onlyTitle(page)).isEqualTo("Новости");
    }

    @Test
    void recoversUtf8BytesDeclaredAsIso88591WithoutMojibake() {
        byte[] body = rss("ISO-8859-1", "Café – naïve “quotes”").getBytes(StandardCharsets.UTF_8);

        assertThat(onlyTitle(page(body))).isEqualTo("Café – naïve “quotes”");
    }

    @Test
    void repairsDoubleEncodedUtf8() {
        String doubled = new String("Café ’s déjà vu".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        byte[] body = rss("UTF-8", doubled).getBytes(StandardCharsets.UTF_8);

        assertThat(onlyTitle(page(body))).isEqualTo("Café ’s déjà vu");
    }

    @Test
    void readsUtf16WithBom() {
        byte[] body = rss(null, "Grüße").getBytes(StandardCharsets.UTF_16);

        assertThat(onlyTitle(page(body))).isEqualTo("Grüße");
    }

    @Test
    void toleratesBlankLinesBomCommentBeforeDeclarationRawAmpersandsAndHtmlEntities() {
        String xml = "\uFEFF\n\n  <!-- generated --><?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Tom&nbsp;&amp; Jerry &copy; 2024</title>"
                + "<link>https://news.example.com/a/story-one-two-three?x=1&y=2</link></item></channel></rss>";

        ParsedFeed feed = reader.read(page(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(feed.links()).singleElement().satisfies(link -> {
            assertThat(link.url()).isEqualTo("https://news.example.com/a/story-one-two-three?x=1&y=2");
            assertThat(link.title()).isEqualTo("Tom\u00A0& Jerry © 2024");
        });
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
                + "<link>https://news.example.com/x/2024/01/01/a</link></item></channel></rss>";

        assertThatThrownBy(() -> reader.read(page(xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining(FEED_URL)
                .hasMessageContaining("entit")
                .hasMessageNotContaining("TOP-SECRET-MARKER");
    }

    @Test
    void refusesEtcPasswdEntity() {
        String xxe = "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&xxe;</title></channel></rss>";

        assertThatThrownBy(() -> reader.read(page(xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesBillionLaughsQuickly() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            xml.append("\">");
        }
        xml.append("]><rss><channel><title>&lol9;</title></channel></rss>");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> reader.read(page(xml.toString().getBytes(StandardCharsets.UTF_8))))
                        .isInstanceOf(MalformedContentException.class)
                        .hasMessageContaining("entity expansion"));
    }

    @Test
    void refusesHostileNestingDepthWithoutOverflowingTheStack() {
        String deep = "<feed>" + "<x>".repeat(200_000) + "</x>".repeat(200_000) + "</feed>";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> reader.read(page(deep.getBytes(StandardCharsets.UTF_8))))
                        .isInstanceOf(MalformedContentException.class)
                        .hasMessageContaining("not well-formed XML"));
    }

    @Test
    void dropsAnExternalDtdReferenceWithoutFetchingIt() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://127.0.0.1:9/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>Old</title>"
                + "<link>https://news.example.com/</link><description>d</description><language>en</language>"
                + "<item><title>Old style item here</title><link>https://news.example.com/old-style-item-here</link></item>"
                + "</channel></rss>";

        assertThat(reader.read(page(xml.getBytes(StandardCharsets.UTF_8))).links()).hasSize(1);
    }

    @Test
    void refusesAnHtmlPageServedAsAFeed() {
        String html = "<!DOCTYPE html><html><head><title>Not found</title></head><body><p>Oops</p></body></html>";

        assertThatThrownBy(() -> reader.read(page(html.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessage(FEED_URL + " is an HTML page, not a feed");
    }

    @Test
    void refusesTruncatedXmlWithTheLocation() {
        String truncated = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>Cut";

        assertThatThrownBy(() -> reader.read(page(truncated.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageStartingWith(FEED_URL + ": not well-formed XML at line 1")
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesAnEmptyBody() {
        assertThatThrownBy(() -> reader.read(page(new byte[0])))
                .isInstanceOf(MalformedContentException.class)
                .hasMessage(FEED_URL + " the body is empty")
                .satisfies(e -> assertThat(((MalformedContentException) e).source()).isEqualTo(FEED_URL));
    }

    @Test
    void refusesXmlThatIsNotAFeed() {
        assertThatThrownBy(() -> reader.read(page("<catalog><book/></catalog>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("root element <catalog> is not RSS, RDF or Atom");
    }

    @Test
    void readsAGzippedBody() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(resource("rss2-feedburner.xml"));
        }

        assertThat(reader.read(page(zipped.toByteArray())).links()).hasSize(2);
    }

    @Test
    void readsAtomWrittenWithoutItsNamespace() {
        String xml = "<feed><title>x</title><entry><title>Café</title><link href=\"https://a.example/b-c-d-e\"/></entry></feed>";

        assertThat(reader.read(page(xml.getBytes(StandardCharsets.UTF_8))).links())
                .extracting(DiscoveredLink::url).containsExactly("https://a.example/b-c-d-e");
    }

    @Test
    void escapesCharactersThatFeedsPutRawIntoLinks() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
                + "<link> https://news.example.com/search results|page {2} </link></item></channel></rss>";

        assertThat(reader.read(page(xml.getBytes(StandardCharsets.UTF_8))).links()).extracting(DiscoveredLink::url)
                .containsExactly("https://news.example.com/search%20results%7Cpage%20%7B2%7D");
    }

    private String onlyTitle(FetchedPage page) {
        List<DiscoveredLink> links = reader.read(page).links();
        assertThat(links).hasSize(1);
        return links.get(0).title();
    }

    private static String rss(String encoding, String title) {
        String declaration = encoding == null ? "" : "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n";
        return declaration + "<rss version=\"2.0\"><channel><title>Feed</title><item><title>" + title
                + "</title><link>https://news.example.com/a/2024/05/01/story</link></item></channel></rss>";
    }

    private static FetchedPage page(byte[] body) {
        return FetchedPage.ofBytes(FEED_URL, body, "application/rss+xml");
    }

    private static byte[] resource(String name) {
        try (InputStream in = RomeFeedReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsTheFirstItemsOfAHugeFeedAndCountsTheRest() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>");
        StringBuilder atom = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Huge</title>");
        for (int i = 0; i < 5_010; i++) {
            rss.append("<item><title>T").append(i).append("</title><link>https://news.example.com/a/").append(i).append("</link></item>");
            atom.append("<entry><title>T").append(i).append("</title><link href=\"https://news.example.com/a/").append(i)
                    .append("\"/><id>urn:").append(i).append("</id></entry>");
        }
        for (String xml : List.of(rss.append("</channel></rss>").toString(), atom.append("</feed>").toString())) {
            ParsedFeed feed = reader.read(page(xml.getBytes(StandardCharsets.UTF_8)));

            assertThat(feed.links()).hasSize(5_000);
            assertThat(feed.links().get(4_999).url()).isEqualTo("https://news.example.com/a/4999");
            assertThat(feed.itemsDropped()).isEqualTo(10);
            assertThat(feed.title()).isEqualTo("Huge");
        }
    }
}
