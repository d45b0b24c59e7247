package io.newsaggregator.domain.error;

import java.util.Objects;

/** A record asked for by identity does not exist. */
public class NotFoundException extends DataAccessException {
    private final String type;
    private final Object id;

    public NotFoundException(String type, Object id) {
        super(type + " " + id + " not found", null);
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
    }

    /** The kind of record, e.g. {@code "Article"}. */
    public String type() {
        return type;
    }

    /** The identity that was looked up. */
    public Object id() {
        return id;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
