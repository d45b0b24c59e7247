package io.newsaggregator.domain.model;

/** What an ingest run did, by source and by article. */
public record IngestCounts(
        int sourcesOk,
        int sourcesFailed,
        int sourcesNotModified,
        int sourcesSkipped,
        int articlesDiscovered,
        int articlesNew,
        int articlesUpdated,
        int articlesUnchanged,
        int articlesFailed) {

    public static final IngestCounts ZERO = new IngestCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public IngestCounts plus(IngestCounts o) {
        return new IngestCounts(
                sourcesOk + o.sourcesOk,
                sourcesFailed + o.sourcesFailed,
                sourcesNotModified + o.sourcesNotModified,
                sourcesSkipped + o.sourcesSkipped,
                articlesDiscovered + o.articlesDiscovered,
                articlesNew + o.articlesNew,
                articlesUpdated + o.articlesUpdated,
                articlesUnchanged + o.articlesUnchanged,
                articlesFailed + o.articlesFailed);
    }
}
