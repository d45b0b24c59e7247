package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.ingest.UrlShape.Kind;
import org.junit.jupiter.api.Test;

class UrlShapeTest {
    @Test
    void segmentsAreClassifiedByKind() {
        assertThat(UrlShape.classify("news").kind()).isEqualTo(Kind.LITERAL);
        assertThat(UrlShape.classify("2024").kind()).isEqualTo(Kind.YEAR);
        assertThat(UrlShape.classify("20240512").kind()).isEqualTo(Kind.DATE);
        assertThat(UrlShape.classify("2024-05-12").kind()).isEqualTo(Kind.DATE);
        assertThat(UrlShape.classify("05").kind()).isEqualTo(Kind.SMALL_NUMBER);
        assertThat(UrlShape.classify("2376269").kind()).isEqualTo(Kind.NUMBER);
        assertThat(UrlShape.classify("c4gx0j1z8p9o").kind()).isEqualTo(Kind.OPAQUE);
        assertThat(UrlShape.classify("5d18950fe4b03d61").kind()).isEqualTo(Kind.OPAQUE);
        assertThat(UrlShape.classify("3f2504e0-4f89-11d3-9a0c-0305e82c3301").kind()).isEqualTo(Kind.OPAQUE);
        assertThat(UrlShape.classify("world-europe").kind()).isEqualTo(Kind.SHORT_SLUG);
        assertThat(UrlShape.classify("storm-reaches-the-coast").kind()).isEqualTo(Kind.SLUG);
        assertThat(UrlShape.classify("world-europe-68123456").kind()).isEqualTo(Kind.SLUG_WITH_ID);
    }

    @Test
    void aLongBase64LikeTokenIsAnOpaqueIdEvenWithASeparatorInIt() {
        assertThat(UrlShape.classify("cbmiywh0dhbzoi8vd3d3lndhc2hpbmd0b25wb3n0lw_saqa").kind()).isEqualTo(Kind.OPAQUE);
        assertThat(UrlShape.classify("red-dead-redemption-2-hinweise-1810-137358").kind())
                .as("a slug of many words is not a token").isEqualTo(Kind.SLUG_WITH_ID);
    }

    @Test
    void shortAndLongSlugsShareTheTemplateButOnlyALongOneIdentifiesAnItem() {
        UrlShape shortSlug = UrlShape.of("https://x.test/news/the-h-week/113687").orElseThrow();
        UrlShape longSlug = UrlShape.of("https://x.test/news/mcafee-update-brings-systems-down/113689").orElseThrow();

        assertThat(shortSlug.key()).isEqualTo("/news/{slug}/{number}").isEqualTo(longSlug.key());
        assertThat(UrlShape.of("https://x.test/news/world-europe").orElseThrow().identifiesAnItem()).isFalse();
        assertThat(UrlShape.of("https://x.test/news/storm-reaches-the-coast").orElseThrow().identifiesAnItem()).isTrue();
    }

    @Test
    void aWordWithOneDigitOrNoneStaysALiteral() {
        assertThat(UrlShape.classify("web3").kind()).isEqualTo(Kind.LITERAL);
        assertThat(UrlShape.classify("politics").kind()).isEqualTo(Kind.LITERAL);
        assertThat(UrlShape.classify("ab12").kind()).as("too short for an id").isEqualTo(Kind.LITERAL);
    }

    @Test
    void theShapeIgnoresHostQueryCaseAndTrailingSlashAndKeepsTheExtension() {
        UrlShape a = UrlShape.of("https://www.bbc.co.uk/news/articles/c4gx0j1z8p9o?at_medium=RSS").orElseThrow();
        UrlShape b = UrlShape.of("https://bbc.com/News/Articles/CZ7X1Q2W3E4R/").orElseThrow();

        assertThat(a.key()).isEqualTo("/news/articles/{opaque}").isEqualTo(b.key());
        assertThat(UrlShape.of("https://x.test/world/asia-votes-2024.html").orElseThrow().key())
                .isEqualTo("/world/{slug_with_id}.html");
    }

    @Test
    void onlyShapesWithAnIdDateOrLongSlugIdentifyAnItem() {
        assertThat(UrlShape.of("https://x.test/news/articles/c4gx0j1z8p9o").orElseThrow().identifiesAnItem()).isTrue();
        assertThat(UrlShape.of("https://x.test/news/2024/05/story").orElseThrow().identifiesAnItem()).isTrue();
        assertThat(UrlShape.of("https://x.test/news/world-europe").orElseThrow().identifiesAnItem()).isFalse();
        assertThat(UrlShape.of("https://x.test/news/page/2").orElseThrow().identifiesAnItem()).isFalse();
    }

    @Test
    void aUrlWithoutAPathHasNoShape() {
        assertThat(UrlShape.of("https://x.test/")).isEmpty();
        assertThat(UrlShape.of("not a url")).isEmpty();
    }
}
