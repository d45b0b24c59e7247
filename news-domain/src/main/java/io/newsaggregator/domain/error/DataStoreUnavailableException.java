package io.newsaggregator.domain.error;

/** The database cannot be reached or refused the connection; worth retrying later. */
public class DataStoreUnavailableException extends DataAccessException {
    public DataStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
