package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.FetchEvent;
import java.util.Optional;
import java.util.Set;

/**
 * What fetching one article gave.
 *
 * @param article    the article, absent when it failed
 * @param event      the fetch event
 * @param retry      whether another attempt later may succeed (a timeout, a server error)
 * @param fetchedKey the canonical form of the URL the page came from (after redirects), or null when
 *                   the page did not arrive; the key when the page's declared canonical is not trusted
 */
record ArticleResult(ArticleCandidate candidate, Optional<Article> article, FetchEvent event, boolean retry,
                     String fetchedKey) {
    Set<String> categories() {
        return candidate.categories();
    }

    static ArticleResult failed(ArticleCandidate candidate, FetchEvent event, boolean retry) {
        return new ArticleResult(candidate, Optional.empty(), event, retry, null);
    }
}
