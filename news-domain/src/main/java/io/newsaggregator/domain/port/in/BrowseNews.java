package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunId;
import java.util.List;
import java.util.Optional;

/** Read-only questions over what ingest stored: articles, portals and their sources, ingest runs. */
public interface BrowseNews {
    /** Articles the filter matches, newest published (then first seen) first. */
    Page<Article> articles(ArticleFilter filter, PageRequest page);

    /** One article with its revisions, or empty when no article has the id. */
    Optional<ArticleDetail> article(ArticleId id);

    /** Every stored portal with its sources, by code. */
    List<PortalSources> portals();

    /** Ingest runs, newest first. */
    Page<IngestRun> ingestRuns(PageRequest page);

    /**
     * The failed fetches of one run, in the order they happened.
     *
     * @throws io.newsaggregator.domain.error.NotFoundException when no run has the id
     */
    Page<FetchEvent> runFailures(IngestRunId runId, PageRequest page);
}
