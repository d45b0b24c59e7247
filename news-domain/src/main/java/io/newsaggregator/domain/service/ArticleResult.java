package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.FetchEvent;
import java.util.Optional;
import java.util.Set;

/** What fetching one article gave: the article (absent when it failed), its event and categories. */
record ArticleResult(Optional<Article> article, FetchEvent event, Set<String> categories) {
    ArticleResult {
        categories = Set.copyOf(categories);
    }
}
