package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRegionsTest {

    private static boolean isBoilerplate(String body) {
        Document document = Jsoup.parse("<html><body><header><h1>Rates held</h1></header>" + body + "</body></html>");
        return new PageRegions(document).isBoilerplate(document.getElementById("probe"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"with-right-rail", "has-sidebar", "layout no-sidebar", "page without_rail"})
    void aLayoutWrapperNamedAfterTheRailBesideItIsNotBoilerplate(String wrapperClass) {
        assertThat(isBoilerplate("<div class=\"" + wrapperClass + "\"><article><p id=\"probe\">20. März 2021</p>"
                + "</article></div>")).isFalse();
    }

    @Test
    void theRailItselfIsStillBoilerplate() {
        assertThat(isBoilerplate("<div class=\"with-right-rail\"><div class=\"right-rail\">"
                + "<p id=\"probe\">20. März 2021</p></div></div>")).isTrue();
    }

    @Test
    void anEmbeddedPostInABlockquoteIsBoilerplate() {
        assertThat(isBoilerplate("<article><p>Text</p><blockquote class=\"instagram-media\"><p>"
                + "<time id=\"probe\" datetime=\"2018-03-12T19:30:12+00:00\">Mar 12, 2018</time></p></blockquote>"
                + "</article>")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"feed-item", "news-feed", "swiper-slide", "slick-slide"})
    void feedsAndSliderSlidesAreBoilerplate(String itemClass) {
        assertThat(isBoilerplate("<ul><li class=\"" + itemClass + "\"><span id=\"probe\">2020.08.19.</span>"
                + "</li></ul>")).isTrue();
    }

    @Test
    void aFeedbackBoxIsNotAFeed() {
        assertThat(isBoilerplate("<div class=\"feedback\"><span id=\"probe\">2020.08.19.</span></div>")).isFalse();
    }
}
