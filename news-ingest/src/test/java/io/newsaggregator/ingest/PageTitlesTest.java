package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageTitlesTest {

    @Test
    void prefersTheHeadingTheMetadataAgreesWith() {
        String html = "<head><title>Ten ways to keep tomatoes | Garden Weekly</title></head><body>"
                + "<h1>Garden Weekly</h1><h1>Get our newsletter</h1><h1>Ten ways to keep tomatoes fresh</h1></body>";

        assertThat(PageTitles.headline(Jsoup.parse(html), List.of("Ten ways to keep tomatoes | Garden Weekly"),
                List.of("Garden Weekly"))).isEqualTo("Ten ways to keep tomatoes fresh");
    }

    @Test
    void takesTheFirstHeadingWhenTheMetadataSaysSomethingElse() {
        String html = "<body><h1>How we rebuilt the old barn</h1></body>";

        assertThat(PageTitles.headline(Jsoup.parse(html), List.of("Barn renovation guide 2025 - Builders Co"),
                List.of("Builders Co"))).isEqualTo("How we rebuilt the old barn");
    }

    @Test
    void withoutAHeadingTheMetadataTitleLosesTheSiteName() {
        assertThat(PageTitles.headline(Jsoup.parse("<body><p>text</p></body>"),
                Arrays.asList(null, "Barn renovation guide - Builders Co"), List.of("Builders Co")))
                .isEqualTo("Barn renovation guide");
    }
}
