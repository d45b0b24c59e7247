package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrableDomainsTest {

    @Test
    void subdomainsOfOneSiteAreTheSameSite() {
        assertThat(RegistrableDomains.sameSite("https://www.example.com/a", "https://m.example.com/b")).isTrue();
        assertThat(RegistrableDomains.sameSite("https://www.example.co.uk/a", "https://news.example.co.uk/b")).isTrue();
        assertThat(RegistrableDomains.sameSite("https://www.cbc.ca/a", "https://cbc.ca/b")).isTrue();
    }

    @Test
    void differentRegistrableDomainsAreDifferentSites() {
        assertThat(RegistrableDomains.sameSite("https://example.com/a", "https://other.com/a")).isFalse();
        assertThat(RegistrableDomains.sameSite("https://one.co.uk/a", "https://two.co.uk/a")).isFalse();
        assertThat(RegistrableDomains.sameSite("https://one.com.au/a", "https://two.com.au/a")).isFalse();
        assertThat(RegistrableDomains.sameSite("not a url", "https://two.co.uk/a")).isFalse();
    }

    @Test
    void nameIsTheRegistrableDomainWithoutItsPublicSuffix() {
        assertThat(RegistrableDomains.nameOfUrl("https://www.vnexpress.net/x")).contains("vnexpress");
        assertThat(RegistrableDomains.nameOfUrl("https://www.bbc.co.uk/news")).contains("bbc");
        assertThat(RegistrableDomains.nameOfUrl("https://news.abc.net.au/x")).contains("abc");
        assertThat(RegistrableDomains.nameOfUrl("/relative")).isEmpty();
    }
}
