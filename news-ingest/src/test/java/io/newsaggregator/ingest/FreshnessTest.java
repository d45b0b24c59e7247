package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshnessTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:05:00Z");

    private static HttpHeaders headers(String... namesAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    @Test
    void maxAgeLessAgeIsTheLifetime() {
        assertThat(Freshness.of(headers("Cache-Control", "public, max-age=600", "Age", "100"), NOW)).contains(Duration.ofSeconds(500));
        assertThat(Freshness.of(headers("Cache-Control", "max-age=60", "Age", "100"), NOW)).contains(Duration.ZERO);
        assertThat(Freshness.of(headers("Cache-Control", "public", "Cache-Control", "Max-Age=\"30\""), NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void expiresCountsFromTheResponsesDateElseFromNow() {
        assertThat(Freshness.of(headers("Date", "Fri, 04 Dec 2026 10:00:00 GMT", "Expires", "Fri, 04 Dec 2026 10:15:00 GMT"), NOW))
                .contains(Duration.ofMinutes(15));
        assertThat(Freshness.of(headers("Expires", "Fri, 04 Dec 2026 10:15:00 GMT"), NOW)).contains(Duration.ofMinutes(10));
        assertThat(Freshness.of(headers("Expires", "Fri, 04 Dec 2026 09:00:00 GMT"), NOW)).contains(Duration.ZERO);
    }

    @Test
    void maxAgeWinsOverExpires() {
        assertThat(Freshness.of(headers("Cache-Control", "max-age=60", "Expires", "Fri, 04 Dec 2026 11:00:00 GMT"), NOW))
                .contains(Duration.ofSeconds(60));
    }

    @Test
    void noStoreNoCacheAndUnreadableValuesSayNothing() {
        assertThat(Freshness.of(headers("Cache-Control", "no-cache, max-age=600"), NOW)).isEmpty();
        assertThat(Freshness.of(headers("Cache-Control", "max-age=600, no-store"), NOW)).isEmpty();
        assertThat(Freshness.of(headers("Cache-Control", "max-age=soon"), NOW)).isEmpty();
        assertThat(Freshness.of(headers("Expires", "0"), NOW)).isEmpty();
        assertThat(Freshness.of(headers(), NOW)).isEmpty();
    }
}
