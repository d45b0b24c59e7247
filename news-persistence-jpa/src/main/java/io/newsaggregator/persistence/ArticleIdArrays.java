package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.ArticleId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Article ids as one SQL array parameter ({@code where article_id = any(?)}): a batched lookup binds
 * one value whatever the number of ids, so it never meets PostgreSQL's limit of 65,535 bind
 * parameters per statement.
 */
final class ArticleIdArrays {
    private ArticleIdArrays() {
    }

    /** The ids in argument order without repeats. */
    static Long[] distinct(Collection<ArticleId> articleIds) {
        Objects.requireNonNull(articleIds, "articleIds");
        Set<Long> ids = new LinkedHashSet<>();
        for (ArticleId id : articleIds) {
            ids.add(Objects.requireNonNull(id, "articleId").value());
        }
        return ids.toArray(Long[]::new);
    }
}
