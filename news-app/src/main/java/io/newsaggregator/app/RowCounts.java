package io.newsaggregator.app;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows each aggregate's table holds, counted through the repositories. */
final class RowCounts {
    private RowCounts() {
    }

    static Map<String, Long> of(UnitOfWork unitOfWork) {
        return unitOfWork.readOnly(repos -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("portals", repos.portals().count(Query.of(Portal.class)));
            counts.put("feeds", repos.feeds().count(Query.of(Feed.class)));
            counts.put("categories", repos.categories().count(Query.of(Category.class)));
            counts.put("articles", repos.articles().count(Query.of(Article.class)));
            counts.put("revisions", repos.revisions().count(Query.of(ArticleRevision.class)));
            counts.put("ingest runs", repos.ingestRuns().count(Query.of(IngestRun.class)));
            counts.put("fetch events", repos.fetchEvents().count(Query.of(FetchEvent.class)));
            counts.put("frontier entries", repos.frontier().count(Query.of(io.newsaggregator.domain.model.FrontierEntry.class)));
            return counts;
        });
    }
}
