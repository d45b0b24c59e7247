package io.newsaggregator.domain.error;

import java.util.Objects;
import java.util.Optional;

/** Fetching a URL failed; {@link #reason()} says how, {@link #statusCode()} carries the HTTP status when there was one. */
public class FetchException extends NewsException {

    /** How a fetch failed. Each knows whether a later retry may help. */
    public enum Reason {
        HTTP_STATUS(false),
        SERVER_ERROR(true),
        RATE_LIMITED(true),
        TIMEOUT(true),
        CONNECTION_FAILED(true),
        TOO_LARGE(false),
        TOO_MANY_REDIRECTS(false),
        BLOCKED_BY_ROBOTS(false),
        BLOCKED_BY_ADDRESS_POLICY(false),
        UNSUPPORTED_CONTENT(false),
        INVALID_URL(false);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final String url;
    private final Reason reason;
    private final Integer statusCode;

    public FetchException(String url, Reason reason, Integer statusCode, String message, Throwable cause) {
        super(message, cause);
        this.url = Objects.requireNonNull(url, "url");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.statusCode = statusCode;
    }

    public FetchException(String url, Reason reason, String message) {
        this(url, reason, null, message, null);
    }

    public String url() {
        return url;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Integer> statusCode() {
        return Optional.ofNullable(statusCode);
    }

    @Override
    public boolean isRetryable() {
        return reason.retryable();
    }
}
