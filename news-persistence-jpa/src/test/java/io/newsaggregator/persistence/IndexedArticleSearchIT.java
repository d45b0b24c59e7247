package io.newsaggregator.persistence;

/** The cases of {@link ArticleSearchIT} once the indexing step has filled every article's search terms. */
class IndexedArticleSearchIT extends ArticleSearchIT {
    @Override
    boolean indexed() {
        return true;
    }
}
