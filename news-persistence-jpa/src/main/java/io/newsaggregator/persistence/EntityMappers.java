package io.newsaggregator.persistence;

/** The generated mappers, created once; they hold no state. */
final class EntityMappers {
    static final PortalEntityMapper PORTAL = new PortalEntityMapperImpl();
    static final CategoryEntityMapper CATEGORY = new CategoryEntityMapperImpl();
    static final FeedEntityMapper FEED = new FeedEntityMapperImpl();
    static final ArticleEntityMapper ARTICLE = new ArticleEntityMapperImpl();
    static final ArticleRevisionEntityMapper ARTICLE_REVISION = new ArticleRevisionEntityMapperImpl();
    static final IngestRunEntityMapper INGEST_RUN = new IngestRunEntityMapperImpl();
    static final FetchEventEntityMapper FETCH_EVENT = new FetchEventEntityMapperImpl();
    static final FrontierEntryEntityMapper FRONTIER = new FrontierEntryEntityMapperImpl();

    private EntityMappers() {
    }
}
