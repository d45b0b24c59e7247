package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void escapesSpacesAndNonAsciiButKeepsExistingEscapes() {
        assertThat(Urls.parseAbsolute("https://news.example/a b/straße?q=x%20y").toString())
                .isEqualTo("https://news.example/a%20b/stra%C3%9Fe?q=x%20y");
    }

    @Test
    void dropsFragmentAndAddsRootPath() {
        assertThat(Urls.parseAbsolute("https://news.example#top").toString()).isEqualTo("https://news.example/");
        assertThat(Urls.parseAbsolute("https://news.example?x=1").toString()).isEqualTo("https://news.example/?x=1");
    }

    @Test
    void refusesOtherSchemesAndRelativeUrls() {
        assertThatThrownBy(() -> Urls.parseAbsolute("file:///etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> Urls.parseAbsolute("/relative/path"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an absolute URL");
        assertThatThrownBy(() -> Urls.parseAbsolute("http:///nohost"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolvesRelativeAndProtocolRelativeRedirects() {
        URI base = URI.create("https://news.example/section/page");
        assertThat(Urls.resolveRedirect(base, "other").toString()).isEqualTo("https://news.example/section/other");
        assertThat(Urls.resolveRedirect(base, "/top").toString()).isEqualTo("https://news.example/top");
        assertThat(Urls.resolveRedirect(base, "//cdn.example/x").toString()).isEqualTo("https://cdn.example/x");
    }
}
