package io.newsaggregator.domain.model;

/** What an upsert did to one article. */
public enum UpsertOutcome {
    /** A new article was stored. */
    INSERTED,
    /** The content changed: the old version became a revision and the article was updated. */
    UPDATED,
    /** Same content: only last-seen moved. */
    UNCHANGED
}
