package io.newsaggregator.domain.error;

/** A statement was cancelled because it ran past its time limit. */
public class QueryTimeoutException extends DataAccessException {
    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
