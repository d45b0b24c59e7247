package io.newsaggregator.domain.error;

/** A data store failure no more specific type describes; the message carries the database's own words. */
public class UncategorizedDataAccessException extends DataAccessException {
    public UncategorizedDataAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
