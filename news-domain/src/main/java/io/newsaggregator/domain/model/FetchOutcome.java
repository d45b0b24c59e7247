package io.newsaggregator.domain.model;

/** How a fetch ended. */
public enum FetchOutcome {
    /** Fetched and processed. */
    OK,
    /** 304 Not Modified, or a body whose hash matched the last one: nothing parsed. */
    NOT_MODIFIED,
    /** Not fetched: quarantined source, robots.txt, or a limit of the run. */
    SKIPPED,
    /** Failed; the event's reason says why. */
    FAILED
}
