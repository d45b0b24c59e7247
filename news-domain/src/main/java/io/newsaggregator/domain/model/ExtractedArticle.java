package io.newsaggregator.domain.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What extraction read from one article page. Every component but {@code url} and
 * {@code authors} may be null when the page did not give it.
 *
 * @param url          the URL the page was fetched from (after redirects)
 * @param canonicalUrl the page's own canonical URL of the same site, or null
 * @param text         main text, paragraphs separated by newlines
 * @param image        absolute URL of the top image
 */
public record ExtractedArticle(
        String url,
        String canonicalUrl,
        String title,
        List<String> authors,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String language,
        String section,
        String lead,
        String text,
        String image) {

    public ExtractedArticle {
        Objects.requireNonNull(url, "url");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
