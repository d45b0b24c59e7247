package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.ArticleRevisionId;
import java.util.List;

/** Superseded versions of articles. */
public interface ArticleRevisionRepository extends CrudRepository<ArticleRevision, ArticleRevisionId> {
    /** Oldest first. */
    List<ArticleRevision> findByArticle(ArticleId articleId);
}
