package io.newsaggregator.domain.error;

import java.time.Duration;
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
    private final Duration retryAfter;

    public FetchException(String url, Reason reason, Integer statusCode, String message, Throwable cause) {
        this(url, reason, statusCode, null, message, cause);
    }

    /** @param retryAfter the wait the server asked for ({@code Retry-After}), or null */
    public FetchException(String url, Reason reason, Integer statusCode, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.url = Objects.requireNonNull(url, "url");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.statusCode = statusCode;
        this.retryAfter = retryAfter;
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

    /** The wait the server asked for before the next request ({@code Retry-After}), if it asked. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return reason.retryable();
    }
}
