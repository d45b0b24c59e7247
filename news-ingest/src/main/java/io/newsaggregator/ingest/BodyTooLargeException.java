package io.newsaggregator.ingest;

import java.io.IOException;

/** Internal signal: a body passed its byte limit while streaming or decoding. */
final class BodyTooLargeException extends IOException {

    private final long limit;
    private final boolean decoded;

    BodyTooLargeException(String message, long limit, boolean decoded) {
        super(message);
        this.limit = limit;
        this.decoded = decoded;
    }

    long limit() {
        return limit;
    }

    boolean decoded() {
        return decoded;
    }
}
