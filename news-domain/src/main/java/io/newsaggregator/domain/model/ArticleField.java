package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;
import java.time.Instant;

/** Queryable fields of {@link Article}. */
public final class ArticleField {
    public static final Field<Article, ArticleId> ID = Field.of(Article.class, "id", ArticleId.class);
    public static final Field<Article, PortalId> PORTAL_ID = Field.of(Article.class, "portalId", PortalId.class);
    public static final Field<Article, String> CANONICAL_URL = Field.of(Article.class, "canonicalUrl", String.class);
    public static final Field<Article, String> URL = Field.of(Article.class, "url", String.class);
    public static final Field<Article, String> TITLE = Field.of(Article.class, "title", String.class);
    public static final Field<Article, Instant> PUBLISHED_AT = Field.of(Article.class, "publishedAt", Instant.class);
    public static final Field<Article, Instant> MODIFIED_AT = Field.of(Article.class, "modifiedAt", Instant.class);
    public static final Field<Article, String> SECTION = Field.of(Article.class, "section", String.class);
    public static final Field<Article, String> LANGUAGE = Field.of(Article.class, "language", String.class);
    public static final Field<Article, String> CONTENT_HASH = Field.of(Article.class, "contentHash", String.class);
    public static final Field<Article, Instant> FIRST_SEEN_AT = Field.of(Article.class, "firstSeenAt", Instant.class);
    public static final Field<Article, Instant> LAST_SEEN_AT = Field.of(Article.class, "lastSeenAt", Instant.class);
    public static final Field<Article, Integer> REVISION = Field.of(Article.class, "revision", Integer.class);

    private ArticleField() {
    }
}
