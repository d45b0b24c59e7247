package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardUrlCanonicalizerTest {
    private final UrlCanonicalizer canonicalizer = CanonicalUrls.canonicalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTPS://WWW.Example.COM/News/Story                               | https://www.example.com/News/Story
            https://www.example.com/a/b#comments                              | https://www.example.com/a/b
            https://www.example.com:443/a                                     | https://www.example.com/a
            http://www.example.com:80/a                                       | http://www.example.com/a
            http://www.example.com:8080/a                                     | http://www.example.com:8080/a
            https://www.example.com                                           | https://www.example.com/
            https://www.example.com/a/./b/../c                                | https://www.example.com/a/c
            https://www.example.com//a///b/                                   | https://www.example.com/a/b/
            https://www.example.com/a/b/                                      | https://www.example.com/a/b/
            https://www.example.com/a?utm_source=rss&utm_medium=feed&id=7     | https://www.example.com/a?id=7
            https://www.example.com/a?fbclid=x&gclid=y&dclid=z&msclkid=w      | https://www.example.com/a
            https://www.example.com/a?mc_cid=1&mc_eid=2&igshid=3&_ga=4&yclid=5 | https://www.example.com/a
            https://www.example.com/a?at_medium=rss&at_campaign=x&cmpid=1     | https://www.example.com/a
            https://www.example.com/a?ocid=msn&ito=1490&p=2                   | https://www.example.com/a?p=2
            https://www.example.com/a?ref=rss&page=2                          | https://www.example.com/a?page=2
            https://www.example.com/a?ref=v2.1                                | https://www.example.com/a?ref=v2.1
            https://www.example.com/a?ref_src=twsrc                           | https://www.example.com/a
            https://www.example.com/a?b=2&a=1                                 | https://www.example.com/a?a=1&b=2
            https://www.example.com/a?                                        | https://www.example.com/a
            https://www.example.com/%7Euser/caf%c3%a9                         | https://www.example.com/~user/caf%C3%A9
            https://www.example.com/a%2Fb                                     | https://www.example.com/a%2Fb
            https://www.example.com/news/café story                           | https://www.example.com/news/caf%C3%A9%20story
            https://bücher.example/katalog                                    | https://xn--bcher-kva.example/katalog
            https://user:pw@www.example.com/a                                 | https://www.example.com/a
            https://www.example.com./a                                        | https://www.example.com/a
            """)
    void canonicalises(String url, String expected) {
        assertThat(canonicalizer.canonicalize(url)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a", "mailto:a@example.com", "javascript:alert(1)", "/relative/path",
            "example.com/a", "https:///nohost", "", "   "})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThat(canonicalizer.canonicalize(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.com/a?x=1&utm_source=y", "HTTP://Example.com:80//a/./b#f"})
    void isIdempotent(String url) {
        String once = canonicalizer.canonicalize(url).orElseThrow();
        assertThat(canonicalizer.canonicalize(once)).contains(once);
    }
}
