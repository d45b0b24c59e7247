package io.newsaggregator.domain.model;

/** What one poll of a source found; the adaptive poll policy shortens or lengthens its interval on it. */
public enum PollOutcome {
    /** The source listed article links that became new work. */
    NEW_ARTICLES,
    /** The source answered with a body, but listed nothing new. */
    NO_CHANGE,
    /** The source answered 304 Not Modified, or the same body as last time. */
    NOT_MODIFIED,
    /** The fetch or the parse failed. */
    FAILED,
    /** The source is quarantined after repeated failures and was not fetched. */
    QUARANTINED
}
