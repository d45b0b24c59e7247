package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {

    @Test
    void prefersThePageCanonicalOnTheSameSite() {
        assertThat(CanonicalUrls.preferPageCanonical("https://m.example.co.uk/news/12345?utm_source=x",
                "https://www.example.co.uk/news/world-12345")).isEqualTo("https://www.example.co.uk/news/world-12345");
    }

    @Test
    void keepsTheFetchedUrlWhenTheCanonicalPointsToAnotherSite() {
        assertThat(CanonicalUrls.preferPageCanonical("https://www.example.com/a/story?utm_medium=rss",
                "https://www.attacker.example.net/a/story")).isEqualTo("https://www.example.com/a/story");
    }

    @Test
    void keepsTheFetchedUrlWhenTheCanonicalIsMissingOrUnusable() {
        assertThat(CanonicalUrls.preferPageCanonical("https://www.example.com/a#top", null))
                .isEqualTo("https://www.example.com/a");
        assertThat(CanonicalUrls.preferPageCanonical("https://www.example.com/a", "javascript:void(0)"))
                .isEqualTo("https://www.example.com/a");
    }

    @Test
    void doesNotTreatSiblingsUnderAPublicSuffixAsOneSite() {
        assertThat(RegistrableDomains.sameSite("https://a.github.io/x", "https://b.github.io/x")).isFalse();
        assertThat(RegistrableDomains.sameSite("https://edition.cnn.com/x", "https://www.cnn.com/y")).isTrue();
        assertThat(RegistrableDomains.ofHost("news.bbc.co.uk")).contains("bbc.co.uk");
    }

    @Test
    void namesTheMissingArgument() {
        assertThatThrownBy(() -> CanonicalUrls.preferPageCanonical(null, "https://a.example/"))
                .isInstanceOf(NullPointerException.class).hasMessage("fetchedUrl");
    }
}
