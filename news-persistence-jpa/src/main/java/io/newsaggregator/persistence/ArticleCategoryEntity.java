package io.newsaggregator.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Link row between an article and a category; mapped so that Hibernate validates the table. */
@Entity(name = "ArticleCategory")
@Table(name = "article_category")
@IdClass(ArticleCategoryEntity.Key.class)
class ArticleCategoryEntity {
    @Id
    private Long articleId;

    @Id
    private Long categoryId;

    public Long getArticleId() {
        return articleId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    /** Composite identity of a link. */
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long articleId;
        private Long categoryId;

        Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.articleId, articleId) && Objects.equals(k.categoryId, categoryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, categoryId);
        }
    }
}
