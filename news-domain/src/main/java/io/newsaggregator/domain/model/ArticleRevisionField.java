package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;
import java.time.Instant;

/** Queryable fields of {@link ArticleRevision}. */
public final class ArticleRevisionField {
    public static final Field<ArticleRevision, ArticleRevisionId> ID = Field.of(ArticleRevision.class, "id", ArticleRevisionId.class);
    public static final Field<ArticleRevision, ArticleId> ARTICLE_ID = Field.of(ArticleRevision.class, "articleId", ArticleId.class);
    public static final Field<ArticleRevision, Integer> REVISION = Field.of(ArticleRevision.class, "revision", Integer.class);
    public static final Field<ArticleRevision, Instant> CAPTURED_AT = Field.of(ArticleRevision.class, "capturedAt", Instant.class);

    private ArticleRevisionField() {
    }
}
