package io.newsaggregator.domain.error;

/** The transaction lost a race (serialization failure or deadlock); running it again may succeed. */
public class ConcurrencyConflictException extends DataAccessException {
    public ConcurrencyConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
