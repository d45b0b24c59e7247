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
 * @param bodyRuleMissed true when the portal's body rule matched nothing, or much less text than the
 *                     generic reading of the page, so the generic text was used: the rule needs a look
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
        String image,
        boolean bodyRuleMissed) {

    public ExtractedArticle {
        Objects.requireNonNull(url, "url");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article read without a portal body rule, or with one that held. */
    public ExtractedArticle(String url, String canonicalUrl, String title, List<String> authors,
                            OffsetDateTime publishedAt, OffsetDateTime modifiedAt, String language, String section,
                            String lead, String text, String image) {
        this(url, canonicalUrl, title, authors, publishedAt, modifiedAt, language, section, lead, text, image, false);
    }
}
