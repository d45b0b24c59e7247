package io.newsaggregator.domain.model;

/** Where an article link of the frontier is. */
public enum FrontierStatus {
    /** Waiting to be fetched, from its {@code availableAt} on. */
    PENDING,
    /** Taken by a run until its lease ends; an expired lease makes it claimable again. */
    LEASED,
    /** The article, or its failure event, is stored. */
    DONE,
    /** Given up after the last allowed attempt, or failed in a way another attempt would not change. */
    FAILED
}
