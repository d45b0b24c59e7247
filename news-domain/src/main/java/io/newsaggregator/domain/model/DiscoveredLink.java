package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A link to a probable article found in a feed, section page or sitemap.
 *
 * @param title       the title the source gave, or null
 * @param publishedAt the date the source gave, or null
 * @param categories  categories the source gave (feed {@code <category>}), possibly empty
 */
public record DiscoveredLink(String url, String title, Instant publishedAt, List<String> categories) {
    public DiscoveredLink {
        Objects.requireNonNull(url, "url");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static DiscoveredLink of(String url) {
        return new DiscoveredLink(url, null, null, List.of());
    }
}
