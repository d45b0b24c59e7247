package io.newsaggregator.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitesTest {

    @Test
    void subdomainsOfOneSiteAreTheSameSite() {
        assertThat(Sites.sameSite("https://www.example.com/a", "https://m.example.com/b")).isTrue();
        assertThat(Sites.sameSite("https://www.example.co.uk/a", "https://news.example.co.uk/b")).isTrue();
        assertThat(Sites.sameSite("https://www.cbc.ca/a", "https://cbc.ca/b")).isTrue();
    }

    @Test
    void differentRegistrableDomainsAreDifferentSites() {
        assertThat(Sites.sameSite("https://example.com/a", "https://other.com/a")).isFalse();
        assertThat(Sites.sameSite("https://one.co.uk/a", "https://two.co.uk/a")).isFalse();
        assertThat(Sites.sameSite("not a url", "https://two.co.uk/a")).isFalse();
    }

    @Test
    void labelIsTheNameBeforeTheTopLevelDomain() {
        assertThat(Sites.label("https://www.vnexpress.net/x")).isEqualTo("vnexpress");
        assertThat(Sites.label("https://www.bbc.co.uk/news")).isEqualTo("bbc");
    }
}
