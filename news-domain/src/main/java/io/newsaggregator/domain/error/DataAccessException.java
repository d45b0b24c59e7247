package io.newsaggregator.domain.error;

/** A failure reading or writing the data store. Subtypes say which kind. */
public abstract class DataAccessException extends NewsException {
    protected DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
