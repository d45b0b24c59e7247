package io.newsaggregator.domain.port.out;

/** The repositories of one unit of work, all bound to its transaction. */
public interface Repositories {
    PortalRepository portals();

    CategoryRepository categories();

    FeedRepository feeds();

    ArticleRepository articles();

    ArticleRevisionRepository revisions();

    IngestRunRepository ingestRuns();

    FetchEventRepository fetchEvents();

    // The analysis repositories below are being added to the JPA adapter; until then a store that
    // lacks them says so instead of failing to compile.

    default ArticleAnalysisRepository analyses() {
        throw new UnsupportedOperationException("this store has no analysis tables yet");
    }

    default DocumentFrequencyRepository documentFrequencies() {
        throw new UnsupportedOperationException("this store has no analysis tables yet");
    }

    default TermCountRepository termCounts() {
        throw new UnsupportedOperationException("this store has no analysis tables yet");
    }

    default StoryRepository stories() {
        throw new UnsupportedOperationException("this store has no analysis tables yet");
    }

    default ArticleSearch search() {
        throw new UnsupportedOperationException("this store has no analysis tables yet");
    }
}
