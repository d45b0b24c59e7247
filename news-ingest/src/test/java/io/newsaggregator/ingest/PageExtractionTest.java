package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.in.ExtractArticles;
import io.newsaggregator.domain.port.in.ExtractArticles.Request;
import io.newsaggregator.domain.port.in.ExtractArticles.Result;
import io.newsaggregator.domain.port.out.PageFetcher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageExtractionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String PAGE = """
            <html lang="fr"><head><title>Le port s'agrandit | Journal</title>
            <meta property="og:title" content="Le port s'agrandit"></head>
            <body><article><h1>Le port s'agrandit</h1>
            <p>Le conseil municipal a décidé mardi d'agrandir le vieux port de deux nouveaux quais et de rénover le mur du quai.</p>
            <p>Les travaux doivent commencer au printemps et durer environ deux ans; la région en paie la plus grande partie.</p>
            </article></body></html>
            """;

    private final AtomicInteger fetchersBuilt = new AtomicInteger();
    private final List<String> fetched = new ArrayList<>();

    private ExtractArticles extraction(PageFetcher fetcher) {
        return new PageExtraction(new JsoupArticleExtractor(CLOCK), () -> {
            fetchersBuilt.incrementAndGet();
            return fetcher;
        });
    }

    @Test
    void extractsASavedPageWithoutBuildingAFetcher() {
        ExtractArticles extraction = extraction(request -> {
            throw new AssertionError("nothing to fetch");
        });

        Result result = extraction.extract(Request.saved("https://journal.example/port", PAGE.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.extracted()).isTrue();
        assertThat(result.article().title()).isEqualTo("Le port s'agrandit");
        assertThat(result.article().language()).isEqualTo("fr");
        assertThat(result.article().text()).contains("deux nouveaux quais");
        assertThat(fetchersBuilt).hasValue(0);
    }

    @Test
    void handsASavedPageToTheExtractorWithItsCharsetAndRules() {
        List<FetchedPage> pages = new ArrayList<>();
        List<ExtractionRules> rulesSeen = new ArrayList<>();
        JsoupArticleExtractor jsoup = new JsoupArticleExtractor(CLOCK);
        ExtractArticles extraction = new PageExtraction((page, rules) -> {
            pages.add(page);
            rulesSeen.add(rules);
            return jsoup.extract(page, rules);
        }, () -> {
            throw new AssertionError("nothing to fetch");
        });
        ExtractionRules rules = new ExtractionRules("h1", null, null, null, List.of());

        Result result = extraction.extract(new Request("https://journal.example/port", PAGE.getBytes(StandardCharsets.ISO_8859_1),
                "ISO-8859-1", rules));

        assertThat(result.article().text()).contains("a décidé mardi");
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.charset()).isEqualTo("ISO-8859-1");
            assertThat(page.finalUrl()).isEqualTo("https://journal.example/port");
            assertThat(page.status()).isEqualTo(200);
        });
        assertThat(rulesSeen).containsExactly(rules);
    }

    @Test
    void fetchesThroughOneFetcherBuiltForTheFirstPageToFetch() {
        ExtractArticles extraction = extraction(request -> {
            fetched.add(request.url());
            return FetchedPage.ofBytes(request.url(), PAGE.getBytes(StandardCharsets.UTF_8), "text/html");
        });

        extraction.extract(Request.fetch("https://journal.example/a"));
        Result second = extraction.extract(Request.fetch("https://journal.example/b"));

        assertThat(second.article().url()).isEqualTo("https://journal.example/b");
        assertThat(fetched).containsExactly("https://journal.example/a", "https://journal.example/b");
        assertThat(fetchersBuilt).hasValue(1);
    }

    @Test
    void aPageThatCannotBeFetchedOrReadIsAResultWithItsFailure() {
        ExtractArticles extraction = extraction(request -> {
            throw new FetchException(request.url(), FetchException.Reason.TIMEOUT, "timed out after 10 s");
        });

        Result notFetched = extraction.extract(Request.fetch("https://journal.example/slow"));
        Result notHtml = extraction.extract(Request.saved("https://journal.example/blob", new byte[] {0, 1, 2, 3}));

        assertThat(notFetched.extracted()).isFalse();
        assertThat(notFetched.failure()).isInstanceOf(FetchException.class).hasMessageContaining("timed out");
        assertThat(notHtml.failure()).isInstanceOf(MalformedContentException.class);
        assertThat(notHtml.url()).isEqualTo("https://journal.example/blob");
    }
}
