package io.newsaggregator.domain.error;

import java.util.Optional;

/**
 * A write broke a rule of the schema: a foreign key, NOT NULL or CHECK constraint. Retrying the
 * same write fails the same way.
 */
public class DataIntegrityException extends DataAccessException {
    private final String constraint;

    public DataIntegrityException(String message, String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** The name of the violated constraint, when the database reported it. */
    public Optional<String> constraint() {
        return Optional.ofNullable(constraint);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
