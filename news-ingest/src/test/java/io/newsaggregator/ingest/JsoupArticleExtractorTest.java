package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.ExtractedArticle;
import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.FetchedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsoupArticleExtractorTest {
    /** Fixed "now" for the plausibility window: later than every date in these pages. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    private final JsoupArticleExtractor extractor = new JsoupArticleExtractor(CLOCK);

    @Test
    void readsArticleFromJsonLdGraphWithAuthorObjectsReferencesAndArrays() {
        ExtractedArticle article = extract("https://tribune.example/news/2024/harbour-bridge-reopens?utm_source=x",
                fixture("jsonld-graph.html"), ExtractionRules.NONE);

        assertThat(article.title()).isEqualTo("Harbour bridge reopens after two years of repairs");
        assertThat(article.authors()).containsExactly("Tom Baker", "Maria Lopez");
        assertThat(article.section()).isEqualTo("Local");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.lead()).isEqualTo("The crossing carries traffic again from Monday morning.");
        assertThat(article.canonicalUrl()).isEqualTo("https://tribune.example/news/2024/harbour-bridge-reopens");
        assertThat(article.image()).isEqualTo("https://tribune.example/images/bridge.jpg");
        assertThat(article.url()).isEqualTo("https://tribune.example/news/2024/harbour-bridge-reopens?utm_source=x");
    }

    @Test
    void mainTextKeepsParagraphsOnSeparateLinesWithoutTitleOrShareButtons() {
        ExtractedArticle article = extract("https://tribune.example/a", fixture("jsonld-graph.html"), ExtractionRules.NONE);

        assertThat(article.text()).isEqualTo(
                "The harbour bridge reopened to traffic on Monday morning after two years of repairs.\n"
                        + "Engineers replaced the cables, the deck and all the expansion joints, the city said.\n"
                        + "The first cars crossed shortly after six o'clock, greeted by a small crowd of residents.");
    }

    @Test
    void usesJsonLdArticleBodyWhenThePageMarkupHidesTheText() {
        String longBody = "Paragraph one says something worth reading about the topic at hand today. ".repeat(10)
                + "\\n" + "Paragraph two adds more detail that a reader would want to know as well. ".repeat(10);
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + longBody + "\"}</script></head><body><div class='teaser'>"
                + "<p>Paragraph one says something worth reading about the topic at hand today.</p></div></body></html>";

        ExtractedArticle article = extract("https://x.example/a", html, ExtractionRules.NONE);

        assertThat(article.text()).startsWith("Paragraph one says").contains("\nParagraph two adds more detail");
    }

    @Test
    void readsMetadataFromOpenGraphAndMetaTagsWhenThereIsNoJsonLd() {
        ExtractedArticle article = extract("https://railweekly.example/articles/night-trains?ref=home",
                fixture("opengraph-only.html"), ExtractionRules.NONE);

        assertThat(article.title()).isEqualTo("Night trains return to the northern line");
        assertThat(article.authors()).containsExactly("Anna Schmidt", "Peter Novak");
        assertThat(article.language()).isEqualTo("de");
        assertThat(article.section()).isEqualTo("Travel");
        assertThat(article.lead()).isEqualTo("Sleeper services run three times a week from spring.");
        assertThat(article.image()).isEqualTo("https://cdn.railweekly.example/img/sleeper.jpg");
        assertThat(article.canonicalUrl()).isEqualTo("https://railweekly.example/articles/night-trains");
        assertThat(article.text()).startsWith("Sleeper trains will run again").endsWith("a cabin with its own shower.")
                .doesNotContain("Copyright", "Privacy", "Rail Weekly");
    }

    @Test
    void extractsMainTextFromDomHeuristicsExcludingBoilerplate() {
        ExtractedArticle article = extract("https://herald.example/news/garden", fixture("plain-dom.html"),
                ExtractionRules.NONE);

        assertThat(article.title()).isEqualTo("Library wins award for its reading garden");
        assertThat(article.text().split("\n")).containsExactly(
                "The town library has won a national design award for the reading garden it opened last summer, "
                        + "beating entries from more than forty cities.",
                "The judges praised the way the garden mixes quiet corners, shaded benches and a small stage for "
                        + "readings, and how cheaply it was built.",
                "Built by volunteers",
                "Most of the work was done by volunteers over eight weekends, using wood from trees that had fallen "
                        + "in the winter storms.",
                "Twelve benches made from storm-felled oak",
                "A stage for readings and small concerts",
                "The prize money, five thousand pounds, will pay for a roof over the stage, the librarian said.");
        assertThat(article.canonicalUrl()).isNull();
        assertThat(article.image()).isNull();
        assertThat(article.language()).isNull();
    }

    @Test
    void articleSplitIntoChunksAroundAdsIsReadWhole() {
        String para = "<p>%s part of the story goes on with enough words, commas, and detail to look like text.</p>";
        String html = "<html><body><div class=\"story\">"
                + "<div class=\"chunk\">" + String.format(para, "First") + String.format(para, "Second") + "</div>"
                + "<div class=\"ad-slot\"><p>Buy the new phone today, with free delivery, while stocks last in shops.</p></div>"
                + "<div><div class=\"chunk\">" + String.format(para, "Third") + String.format(para, "Fourth") + "</div></div>"
                + "</div></body></html>";

        String text = extract("https://x.example/a", html, ExtractionRules.NONE).text();

        assertThat(text).contains("First part", "Second part", "Third part", "Fourth part").doesNotContain("Buy the new phone");
    }

    @Test
    void wrapperWhoseClassLooksLikeBoilerplateIsKeptWhenItHoldsTheArticle() {
        String para = "<p>Paragraph %d of the article, long enough, with a comma, to be scored as real text here.</p>";
        StringBuilder html = new StringBuilder("<html><body><div class=\"entry-content read-more-enabled\">");
        for (int i = 1; i <= 4; i++) {
            html.append(String.format(para, i));
        }
        html.append("<p style=\"display:none\">Hidden paragraph that a reader never sees on the page at all.</p>");
        html.append("</div><div class=\"sidebar\"><p>Short sidebar teaser text for another story.</p></div></body></html>");

        String text = extract("https://x.example/a", html.toString(), ExtractionRules.NONE).text();

        assertThat(text.split("\n")).hasSize(4);
        assertThat(text).startsWith("Paragraph 1").doesNotContain("Hidden paragraph", "sidebar teaser");
    }

    @Test
    void portalRulesTakePrecedenceOverMetadataAndHeuristics() {
        ExtractionRules rules = new ExtractionRules("div.main-column h1", "div.entry", "div.byline",
                "time.published", List.of("ul", "h2"));
        String html = fixture("plain-dom.html").replace("<div class=\"entry\">",
                "<time class=\"published\" datetime=\"2024-05-02T08:30:00+02:00\">2 May</time><div class=\"entry\">");

        ExtractedArticle article = extract("https://herald.example/news/garden", html, rules);

        assertThat(article.title()).isEqualTo("Library wins award for its reading garden");
        assertThat(article.authors()).containsExactly("Clara Jones");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-05-02T08:30:00+02:00"));
        assertThat(article.text()).startsWith("The town library has won")
                .doesNotContain("Built by volunteers", "Twelve benches", "Council approves");
    }

    @Test
    void portalRulesThatMatchNothingFallThroughToGenericExtraction() {
        ExtractionRules rules = new ExtractionRules("h1.missing", "div.missing-body", ".missing-author",
                "time.missing", List.of());

        ExtractedArticle article = extract("https://tribune.example/a", fixture("jsonld-graph.html"), rules);

        assertThat(article.title()).isEqualTo("Harbour bridge reopens after two years of repairs");
        assertThat(article.authors()).containsExactly("Tom Baker", "Maria Lopez");
        assertThat(article.text()).startsWith("The harbour bridge reopened");
        assertThat(article.bodyRuleMissed()).as("the missing body rule is reported").isTrue();
    }

    @Test
    void aBodyRuleThatNowPicksATeaserYieldsToTheGenericTextAndIsReported() {
        String html = "<html><body><h1>Harbour works</h1><p class='story-intro'>Works begin on Monday.</p>"
                + "<div class='article-text'><p>The harbour works begin on Monday and last until the spring.</p>"
                + "<p>Boats will be moored at the north pier while the quay walls are repaired by divers.</p>"
                + "<p>The ferry keeps its timetable, the port authority said in a statement on Friday.</p></div>"
                + "</body></html>";
        ExtractionRules redesigned = new ExtractionRules(null, ".story-intro", null, null, List.of());
        ExtractionRules current = new ExtractionRules(null, ".article-text", null, null, List.of());

        ExtractedArticle missed = extract("https://port.example/a", html, redesigned);
        ExtractedArticle held = extract("https://port.example/a", html, current);

        assertThat(missed.bodyRuleMissed()).isTrue();
        assertThat(missed.text()).contains("quay walls are repaired by divers");
        assertThat(held.bodyRuleMissed()).isFalse();
        assertThat(held.text()).startsWith("The harbour works begin on Monday").doesNotContain("Works begin on Monday.");
        assertThat(extract("https://port.example/a", html, ExtractionRules.NONE).bodyRuleMissed())
                .as("no rule, nothing to report").isFalse();
    }

    @Test
    void aRuleFallsShortWhenItHasUnderAThirdOfTheGenericWords() {
        assertThat(JsoupArticleExtractor.ruleFellShort("", "some words")).isTrue();
        assertThat(JsoupArticleExtractor.ruleFellShort("", "")).isFalse();
        assertThat(JsoupArticleExtractor.ruleFellShort("one two", "one two three four five six seven")).isTrue();
        assertThat(JsoupArticleExtractor.ruleFellShort("one two three", "one two three four five six seven")).isFalse();
    }

    @Test
    void ruleRemovalsApplyToGenericExtractionWhenThereIsNoBodySelector() {
        ExtractionRules rules = new ExtractionRules(null, null, null, null, List.of("ul", "h2"));

        ExtractedArticle article = extract("https://herald.example/news/garden", fixture("plain-dom.html"), rules);

        assertThat(article.text()).startsWith("The town library has won")
                .contains("The prize money")
                .doesNotContain("Built by volunteers", "Twelve benches");
    }

    @Test
    void invalidRuleSelectorIsIgnored() {
        ExtractionRules rules = new ExtractionRules("h1[[[", null, null, null, List.of(":::"));

        ExtractedArticle article = extract("https://tribune.example/a", fixture("jsonld-graph.html"), rules);

        assertThat(article.title()).isEqualTo("Harbour bridge reopens after two years of repairs");
    }

    @Test
    void malformedJsonLdIsIgnoredAndOtherSourcesAreUsed() {
        String html = fixture("opengraph-only.html").replace("</head>",
                "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Broken</script>"
                        + "<script type=\"application/ld+json\">[1, 2, {{</script></head>");

        ExtractedArticle article = extract("https://railweekly.example/a", html, ExtractionRules.NONE);

        assertThat(article.title()).isEqualTo("Night trains return to the northern line");
        assertThat(article.text()).startsWith("Sleeper trains will run again");
    }

    @Test
    void lenientJsonLdWithTrailingCommasAndRawNewlinesIsRead() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\",\n"
                + "\"headline\": \"Line one\nline two\", \"author\": {\"name\": \"Ruth Ames\"},}</script></head>"
                + "<body><p>x</p></body></html>";

        ExtractedArticle article = extract("https://x.example/a", html, ExtractionRules.NONE);

        assertThat(article.title()).isEqualTo("Line one line two");
        assertThat(article.authors()).containsExactly("Ruth Ames");
    }

    @Test
    void rejectsEmptyBody() {
        FetchedPage page = FetchedPage.ofBytes("https://x.example/empty", new byte[0], "text/html");

        assertThatThrownBy(() -> extractor.extract(page, ExtractionRules.NONE))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("Empty body")
                .satisfies(e -> assertThat(((MalformedContentException) e).source()).isEqualTo("https://x.example/empty"));
    }

    @Test
    void rejectsBodyThatIsNotHtml() {
        FetchedPage json = FetchedPage.ofBytes("https://x.example/api", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        FetchedPage binary = FetchedPage.ofBytes("https://x.example/file", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2},
                null);
        FetchedPage text = FetchedPage.ofBytes("https://x.example/t", "just words, no markup".getBytes(StandardCharsets.UTF_8),
                "text/html");

        assertThatThrownBy(() -> extractor.extract(json, ExtractionRules.NONE))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("application/json");
        assertThatThrownBy(() -> extractor.extract(binary, ExtractionRules.NONE))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("not start like an HTML");
        FetchedPage feed = FetchedPage.ofBytes("https://x.example/rss", "<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8),
                "application/rss+xml");
        assertThatThrownBy(() -> extractor.extract(text, ExtractionRules.NONE))
                .isInstanceOf(MalformedContentException.class);
        assertThatThrownBy(() -> extractor.extract(feed, ExtractionRules.NONE))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("application/rss+xml");
    }

    @Test
    void decodesWindows1252PageDeclaredInMetaCharset() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Caf\u00e9 \u2019Zur Sch\u00f6nen Aussicht\u2019 closes</title></head><body><article>"
                + "<p>The caf\u00e9 on the corner, known for its cr\u00e8me br\u00fbl\u00e9e, closes after forty years \u2013 "
                + "its owner is retiring.</p></article></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

        ExtractedArticle article = extractor.extract(FetchedPage.ofBytes("https://x.example/cafe", bytes, "text/html"),
                ExtractionRules.NONE);

        assertThat(article.title()).isEqualTo("Caf\u00e9 \u2019Zur Sch\u00f6nen Aussicht\u2019 closes");
        assertThat(article.text()).contains("cr\u00e8me br\u00fbl\u00e9e", "forty years \u2013 its owner");
    }

    @Test
    void organizationAuthorsAndThePublisherAreNotPeople() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\","
                + " \"author\": [{\"@type\": \"Organization\", \"name\": \"Daily Planet Wire\"},"
                + " {\"@type\": \"Person\", \"name\": \"Lois Lane\"}, \"Daily Planet\"],"
                + " \"publisher\": {\"@type\": \"NewsMediaOrganization\", \"name\": \"Daily Planet\"}}</script></head>"
                + "<body><p>x</p></body></html>";

        assertThat(extract("https://planet.example/a", html, ExtractionRules.NONE).authors()).containsExactly("Lois Lane");
    }

    @Test
    void articleBodyWithMarkupIsReducedToParagraphs() {
        String paragraph = "A sentence about the matter at hand that is long enough to count as text. ";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": "
                + "\"<p>" + paragraph.repeat(8) + "</p><p>Second &amp; last " + paragraph.repeat(8) + "</p>\"}</script></head>"
                + "<body><div><p>Teaser only.</p></div></body></html>";

        assertThat(extract("https://x.example/a", html, ExtractionRules.NONE).text())
                .startsWith("A sentence about").contains("\nSecond & last A sentence").doesNotContain("<p>");
    }

    @Test
    void languageComesFromHtmlLangBeforeOtherSources() {
        String html = "<html lang=\"pt-BR\"><head><meta property=\"og:locale\" content=\"en_US\"></head><body><p>x</p></body></html>";

        assertThat(extract("https://x.example/a", html, ExtractionRules.NONE).language()).isEqualTo("pt");
    }

    @Test
    void canonicalFallsBackToOpenGraphUrlMadeAbsolute() {
        String html = "<html><head><meta property=\"og:url\" content=\"/story/42\"></head><body><p>x</p></body></html>";

        assertThat(extract("https://x.example/story/42?page=2", html, ExtractionRules.NONE).canonicalUrl())
                .isEqualTo("https://x.example/story/42");
    }

    @Test
    void canonicalOnAnotherSiteIsNotThePagesOwn() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://wire.example/story/42\"></head><body><p>x</p></body></html>";

        assertThat(extract("https://www.paper.example/story/42", html, ExtractionRules.NONE).canonicalUrl()).isNull();
    }

    @Test
    void staticConvenienceExtractsWithoutRules() {
        ExtractedArticle article = JsoupArticleExtractor.extractHtml("https://railweekly.example/a",
                fixture("opengraph-only.html").getBytes(StandardCharsets.UTF_8), CLOCK);

        assertThat(article.title()).isEqualTo("Night trains return to the northern line");
    }

    private ExtractedArticle extract(String url, String html, ExtractionRules rules) {
        return extractor.extract(FetchedPage.ofBytes(url, html.getBytes(StandardCharsets.UTF_8), "text/html"), rules);
    }

    @Test
    void aPersonNamedAsPublisherIsStillTheAuthor() {
        String html = "<html><head><script type='application/ld+json'>{\"@graph\": ["
                + "{\"@type\": \"BlogPosting\", \"headline\": \"Packing light\", \"author\": {\"@id\": \"#me\"},"
                + " \"publisher\": {\"@id\": \"#me\"}},"
                + "{\"@type\": [\"Person\", \"Organization\"], \"@id\": \"#me\", \"name\": \"Greta Hall\"}]}</script>"
                + "</head><body><h1>Packing light</h1><p>Text.</p></body></html>";

        assertThat(extract("https://greta.example/a", html, ExtractionRules.NONE).authors()).containsExactly("Greta Hall");
    }

    @Test
    void anOrganisationIsTheAuthorWhenThePageNamesNoPerson() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": \"H\","
                + " \"author\": {\"@type\": \"Organization\", \"name\": \"Acme Research Team\"}}</script>"
                + "</head><body><h1>H</h1><p>Text.</p></body></html>";

        assertThat(extract("https://acme.example/a", html, ExtractionRules.NONE).authors())
                .containsExactly("Acme Research Team");
    }

    private static String fixture(String name) {
        try (InputStream in = JsoupArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theWrittenByCardFieldNamesTheAuthor() {
        String html = "<html><head><meta name='twitter:label1' content='Written by'>"
                + "<meta name='twitter:data1' content='Omar Castell'><meta name='twitter:label2' content='Time to read'>"
                + "<meta name='twitter:data2' content='4 minutes'></head><body><h1>Pruning roses in spring</h1>"
                + "<p>Cut back to an outward-facing bud once the frosts have passed.</p></body></html>";

        assertThat(extract("https://roses.example/a", html, ExtractionRules.NONE).authors()).containsExactly("Omar Castell");
    }

    @Test
    void withNoPersonNamedTheBylineCreditOrAPersonalSiteNameIsTheAuthor() {
        String team = "<html><head><meta property='og:site_name' content='Harbor'></head><body><h1>Release notes</h1>"
                + "<div class='post-meta'><span class='author-name'>The Harbor Team</span></div>"
                + "<p>Version two brings faster search and a darker theme for the evening.</p></body></html>";
        String blog = "<html><head><title>Self-hosting a database | Wren Castillo</title></head><body>"
                + "<h1>Self-hosting a database</h1><p>It is simpler than the vendors would have you believe.</p></body></html>";

        assertThat(extract("https://harbor.example/a", team, ExtractionRules.NONE).authors()).containsExactly("The Harbor Team");
        assertThat(extract("https://wren.example/a", blog, ExtractionRules.NONE).authors()).containsExactly("Wren Castillo");
    }
}
