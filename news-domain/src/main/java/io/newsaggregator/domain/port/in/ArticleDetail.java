package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleRevision;
import java.util.List;
import java.util.Objects;

/** A stored article with its superseded versions, oldest first. */
public record ArticleDetail(Article article, List<ArticleRevision> revisions) {
    public ArticleDetail {
        Objects.requireNonNull(article, "article");
        revisions = List.copyOf(revisions);
    }
}
