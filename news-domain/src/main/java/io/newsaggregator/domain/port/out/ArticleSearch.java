package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import java.util.List;

/** Full-text search over stored articles, ranked, with highlighted snippets. */
public interface ArticleSearch {
    List<SearchHit> search(SearchQuery query);
}
