package io.newsaggregator.domain.port.in;

/** Which slice of a list to return: {@code limit} items after skipping {@code offset}. */
public record PageRequest(int offset, int limit) {
    /** The largest page anyone may ask for. */
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT + ", was " + limit);
        }
    }
}
