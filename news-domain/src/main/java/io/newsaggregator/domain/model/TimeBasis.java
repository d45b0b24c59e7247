package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.Locale;

/**
 * Which moment dates an article in a view (report, stories). {@link #FIRST_SEEN}, the default, is
 * when this store first saw the article, the same time {@code export --since} filters on, so what
 * was just ingested shows at once. {@link #PUBLISHED} is the publication time the portal states,
 * or the first-seen time where it states none.
 */
public enum TimeBasis {
    FIRST_SEEN,
    PUBLISHED;

    /** The moment that dates an article with these times ({@code publishedAt} may be null). */
    public Instant timeOf(Instant publishedAt, Instant firstSeenAt) {
        return this == PUBLISHED && publishedAt != null ? publishedAt : firstSeenAt;
    }

    /** "first seen" or "published", as written in messages and on the command line ({@code first-seen}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
