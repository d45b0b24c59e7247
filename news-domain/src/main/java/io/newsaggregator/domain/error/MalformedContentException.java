package io.newsaggregator.domain.error;

import java.util.Objects;

/** A feed, sitemap or page could not be understood (malformed XML, not a feed, forbidden DTD...). */
public class MalformedContentException extends NewsException {
    private final String source;

    public MalformedContentException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = Objects.requireNonNull(source, "source");
    }

    public MalformedContentException(String source, String message) {
        this(source, message, null);
    }

    /** The URL or file the content came from. */
    public String source() {
        return source;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
