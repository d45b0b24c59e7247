package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpFetchSettingsTest {

    @Test
    void defaultsNameTheProductAndArePolite() {
        HttpFetchSettings defaults = HttpFetchSettings.defaults();
        assertThat(defaults.userAgent()).startsWith("news-aggregator/");
        assertThat(defaults.robotsEnforced()).isTrue();
        assertThat(defaults.maxRedirects()).isEqualTo(5);
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.perHostConcurrency()).isEqualTo(2);
        assertThat(defaults.maxBodyBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(defaults.allowedNetworks()).isEmpty();
    }

    @Test
    void userAgentProductTokenIsUsedForRobots() {
        assertThat(HttpFetchSettings.defaults().robotsAgentToken()).isEqualTo("news-aggregator");
        assertThat(HttpFetchSettings.defaults().withUserAgent("MyBot/2.0 (+https://x)").robotsAgentToken())
                .isEqualTo("mybot");
    }

    @Test
    void withMethodsChangeOnlyTheirField() {
        HttpFetchSettings changed = HttpFetchSettings.defaults().withMaxAttempts(5)
                .withPerHostMinInterval(Duration.ZERO).withAllowedNetworks("127.0.0.0/8");
        assertThat(changed.maxAttempts()).isEqualTo(5);
        assertThat(changed.perHostMinInterval()).isZero();
        assertThat(changed.allowedNetworks()).containsExactly("127.0.0.0/8");
        assertThat(changed.userAgent()).isEqualTo(HttpFetchSettings.DEFAULT_USER_AGENT);
    }

    @Test
    void builderStartsFromDefaultsAndValidatesOnBuild() {
        HttpFetchSettings built = HttpFetchSettings.builder().userAgent("MyBot/1.0").maxRedirects(2).build();
        assertThat(built.userAgent()).isEqualTo("MyBot/1.0");
        assertThat(built.maxRedirects()).isEqualTo(2);
        assertThat(built.maxAttempts()).isEqualTo(3);
        assertThatThrownBy(() -> HttpFetchSettings.builder().perHostConcurrency(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perHostConcurrency");
    }

    @Test
    void rejectsNonsenseNamingTheSetting() {
        assertThatThrownBy(() -> HttpFetchSettings.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> HttpFetchSettings.defaults().withRequestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> HttpFetchSettings.defaults().withUserAgent(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> HttpFetchSettings.defaults().withConnectTimeout(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("connectTimeout");
    }
}
