package io.newsaggregator.domain.port.out;

/** The repositories of one unit of work, all bound to its transaction. */
public interface Repositories {
    PortalRepository portals();

    CategoryRepository categories();

    FeedRepository feeds();

    ArticleRepository articles();

    ArticleRevisionRepository revisions();

    IngestRunRepository ingestRuns();

    FrontierRepository frontier();

    FetchEventRepository fetchEvents();

    ArticleAnalysisRepository analyses();

    DocumentFrequencyRepository documentFrequencies();

    TermCountRepository termCounts();

    StoryRepository stories();

    ArticleSearch search();
}
