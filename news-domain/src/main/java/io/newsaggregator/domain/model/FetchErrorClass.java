package io.newsaggregator.domain.model;

/**
 * Why a fetch event is not a plain success, in a word a program can switch on. The first group are
 * the reasons of a failed fetch; then what can be wrong with a page that arrived; then what the
 * store said; last what was not tried, and the marks on events that did succeed.
 */
public enum FetchErrorClass {
    HTTP_STATUS,
    SERVER_ERROR,
    RATE_LIMITED,
    TIMEOUT,
    CONNECTION_FAILED,
    TOO_LARGE,
    TOO_MANY_REDIRECTS,
    BLOCKED_BY_ROBOTS,
    BLOCKED_BY_ADDRESS_POLICY,
    UNSUPPORTED_CONTENT,
    INVALID_URL,

    /** The page arrived but could not be parsed as what it should be. */
    MALFORMED_CONTENT,
    /** An article page with neither title nor text. */
    NO_ARTICLE,

    /** The store refused the article even on its own. */
    STORE_REJECTED,
    DATA_INTEGRITY,
    DUPLICATE,
    DATA_STORE_UNAVAILABLE,
    CONCURRENCY_CONFLICT,
    QUERY_TIMEOUT,
    NOT_FOUND,
    DATA_ACCESS,
    CONFIGURATION,
    /** A failure the program did not expect: a fault of ours, its reason says more. */
    UNEXPECTED_ERROR,

    /** Not fetched at all (its reason says why). */
    SKIPPED,
    /** Fetched and stored under its own URL, because it declared another stored article's canonical URL. */
    CANONICAL_CONFLICT,
    /** Stored with the generic text, because the portal's body rule matched nothing or much less. */
    RULE_MISSED
}
