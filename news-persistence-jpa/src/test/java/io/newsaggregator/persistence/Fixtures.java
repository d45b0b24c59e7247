package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small test data builders. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Fixtures() {
    }

    static String unique(String base) {
        return base + "-" + COUNTER.incrementAndGet();
    }

    static Portal portal() {
        return Portal.create(unique("portal"), "Portal " + COUNTER.get(), "https://example.org/", "en");
    }

    static Article article(PortalId portal, String canonicalUrl, String title, String body, Instant seenAt) {
        String lead = "Lead of " + title;
        return new Article(null, portal, canonicalUrl, canonicalUrl + "?utm=x", title, List.of("A. Writer", "B. Editor"),
                seenAt.minusSeconds(3600), null, "world", "en", lead, body, "https://example.org/img.jpg",
                ContentHash.of(title, lead, body), null, seenAt, seenAt, 1);
    }

    static Article article(PortalId portal, String title, Instant seenAt) {
        return article(portal, "https://example.org/news/" + unique("a"), title, "Body of " + title, seenAt);
    }
}
