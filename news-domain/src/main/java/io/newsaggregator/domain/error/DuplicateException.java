package io.newsaggregator.domain.error;

/** A write would create a second record where a unique constraint allows one. */
public class DuplicateException extends DataIntegrityException {
    public DuplicateException(String message, String constraint, Throwable cause) {
        super(message, constraint, cause);
    }
}
