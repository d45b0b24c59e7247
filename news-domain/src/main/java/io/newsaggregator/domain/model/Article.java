package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A news article as stored: one per (portal, canonical URL).
 *
 * <p>Nullable components (documented): {@code id} until stored; {@code title}, {@code publishedAt},
 * {@code modifiedAt}, {@code section}, {@code language}, {@code lead}, {@code bodyText},
 * {@code imageUrl} and {@code discoveredVia} when unknown. {@code revision} counts the stored
 * versions of the content, starting at 1.
 */
public record Article(
        ArticleId id,
        PortalId portalId,
        String canonicalUrl,
        String url,
        String title,
        List<String> authors,
        Instant publishedAt,
        Instant modifiedAt,
        String section,
        String language,
        String lead,
        String bodyText,
        String imageUrl,
        String contentHash,
        FeedId discoveredVia,
        Instant firstSeenAt,
        Instant lastSeenAt,
        int revision) {

    public Article {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(url, "url");
        authors = authors == null ? List.of() : List.copyOf(authors);
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
    }

    public Article withId(ArticleId newId) {
        return new Article(newId, portalId, canonicalUrl, url, title, authors, publishedAt, modifiedAt, section,
                language, lead, bodyText, imageUrl, contentHash, discoveredVia, firstSeenAt, lastSeenAt, revision);
    }

    /** Whether the other version's content differs from this one's (title, lead or body). */
    public boolean contentDiffersFrom(Article other) {
        return !contentHash.equals(other.contentHash);
    }
}
