package io.newsaggregator.persistence;

import io.newsaggregator.domain.port.out.ArticleAnalysisRepository;
import io.newsaggregator.domain.port.out.ArticleRepository;
import io.newsaggregator.domain.port.out.ArticleRevisionRepository;
import io.newsaggregator.domain.port.out.ArticleSearch;
import io.newsaggregator.domain.port.out.CategoryRepository;
import io.newsaggregator.domain.port.out.DocumentFrequencyRepository;
import io.newsaggregator.domain.port.out.FeedRepository;
import io.newsaggregator.domain.port.out.FetchEventRepository;
import io.newsaggregator.domain.port.out.IngestRunRepository;
import io.newsaggregator.domain.port.out.PortalRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.StoryRepository;
import io.newsaggregator.domain.port.out.TermCountRepository;
import org.hibernate.Session;

/** The repositories of one unit of work, all on its session. */
final class JpaRepositories implements Repositories {
    private final JpaPortalRepository portals;
    private final JpaCategoryRepository categories;
    private final JpaFeedRepository feeds;
    private final JpaArticleRepository articles;
    private final JpaArticleRevisionRepository revisions;
    private final JpaIngestRunRepository ingestRuns;
    private final JpaFetchEventRepository fetchEvents;
    private final JpaFrontierRepository frontier;
    private final JpaArticleAnalysisRepository analyses;
    private final JpaDocumentFrequencyRepository documentFrequencies;
    private final JpaTermCountRepository termCounts;
    private final JpaStoryRepository stories;
    private final JpaArticleSearch search;

    JpaRepositories(Session session, TableNames names, int batchSize, SlowStatementLog slowLog) {
        this.portals = new JpaPortalRepository(session, names, slowLog);
        this.categories = new JpaCategoryRepository(session, names, slowLog);
        this.feeds = new JpaFeedRepository(session, names, slowLog);
        NativeStatements sql = new NativeStatements(session, names, slowLog);
        this.articles = new JpaArticleRepository(session, sql, batchSize);
        this.revisions = new JpaArticleRevisionRepository(session);
        this.ingestRuns = new JpaIngestRunRepository(session, sql);
        this.fetchEvents = new JpaFetchEventRepository(session);
        this.frontier = new JpaFrontierRepository(session, sql, batchSize);
        this.analyses = new JpaArticleAnalysisRepository(sql, batchSize);
        this.documentFrequencies = new JpaDocumentFrequencyRepository(sql);
        this.termCounts = new JpaTermCountRepository(sql);
        this.stories = new JpaStoryRepository(sql, batchSize);
        this.search = new JpaArticleSearch(sql);
    }

    @Override
    public PortalRepository portals() {
        return portals;
    }

    @Override
    public CategoryRepository categories() {
        return categories;
    }

    @Override
    public FeedRepository feeds() {
        return feeds;
    }

    @Override
    public ArticleRepository articles() {
        return articles;
    }

    @Override
    public ArticleRevisionRepository revisions() {
        return revisions;
    }

    @Override
    public io.newsaggregator.domain.port.out.FrontierRepository frontier() {
        return frontier;
    }

    @Override
    public IngestRunRepository ingestRuns() {
        return ingestRuns;
    }

    @Override
    public FetchEventRepository fetchEvents() {
        return fetchEvents;
    }

    @Override
    public ArticleAnalysisRepository analyses() {
        return analyses;
    }

    @Override
    public DocumentFrequencyRepository documentFrequencies() {
        return documentFrequencies;
    }

    @Override
    public TermCountRepository termCounts() {
        return termCounts;
    }

    @Override
    public StoryRepository stories() {
        return stories;
    }

    @Override
    public ArticleSearch search() {
        return search;
    }
}
