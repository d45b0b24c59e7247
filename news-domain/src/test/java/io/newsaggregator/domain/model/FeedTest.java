package io.newsaggregator.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration BASE = Duration.ofMinutes(30);
    private static final Duration MAX = Duration.ofHours(4);

    private final Feed feed = Feed.create(new PortalId(1), FeedKind.FEED, "https://x.test/rss", null, null);

    @Test
    void isQuarantinedOnlyAfterTheThreshold() {
        Feed twice = feed.failed(NOW, "timeout", 3, BASE, MAX).failed(NOW, "timeout", 3, BASE, MAX);
        Feed thrice = twice.failed(NOW, "timeout", 3, BASE, MAX);

        assertThat(twice.isDue(NOW)).isTrue();
        assertThat(thrice.quarantinedUntil()).isEqualTo(NOW.plus(BASE));
        assertThat(thrice.isDue(NOW.plus(BASE).minusSeconds(1))).isFalse();
        assertThat(thrice.isDue(NOW.plus(BASE))).isTrue();
    }

    @Test
    void backoffDoublesAndIsCapped() {
        Feed f = feed;
        for (int i = 0; i < 4; i++) {
            f = f.failed(NOW, "x", 3, BASE, MAX);
        }
        assertThat(f.quarantinedUntil()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        for (int i = 0; i < 30; i++) {
            f = f.failed(NOW, "x", 3, BASE, MAX);
        }
        assertThat(f.quarantinedUntil()).isEqualTo(NOW.plus(MAX));
    }

    @Test
    void successClearsFailuresAndKeepsValidators() {
        Feed ok = feed.failed(NOW, "x", 1, BASE, MAX).succeeded(NOW, "\"e1\"", "Mon, 01 Jan 2026 00:00:00 GMT", "h");

        assertThat(ok.consecutiveFailures()).isZero();
        assertThat(ok.quarantinedUntil()).isNull();
        assertThat(ok.lastError()).isNull();
        assertThat(ok.etag()).isEqualTo("\"e1\"");
    }

    @Test
    void contentHashSeparatesParts() {
        assertThat(ContentHash.of("ab", "c", null)).isNotEqualTo(ContentHash.of("a", "bc", null));
        assertThat(ContentHash.of("t", null, "b")).isEqualTo(ContentHash.of("t", null, "b"));
    }
}
