package io.newsaggregator.domain.error;

/**
 * Root of every exception that crosses a port of news-aggregator.
 *
 * <p>The tree is split by "would a retry help?": {@link #isRetryable()} is true for transient
 * failures (database unavailable, lock conflict, timeout, a 503 from a portal) and false for
 * failures that repeat until something changes (missing record, broken constraint, bad feed).
 * Messages say what failed and where, and are fit to show to a person.
 */
public abstract class NewsException extends RuntimeException {
    protected NewsException(String message) {
        super(message);
    }

    protected NewsException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same operation may succeed if tried again later. */
    public abstract boolean isRetryable();
}
