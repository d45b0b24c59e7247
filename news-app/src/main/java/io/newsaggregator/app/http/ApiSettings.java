package io.newsaggregator.app.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * How the HTTP server listens and whom it serves.
 *
 * @param bind              address to listen on
 * @param port              TCP port; 0 picks a free one
 * @param token             bearer token for actions (and for everything off loopback), or null for none
 * @param maxRequestBytes   larger request bodies are refused with 413
 * @param requestsPerMinute per client address; more get 429
 */
public record ApiSettings(String bind, int port, String token, long maxRequestBytes, int requestsPerMinute) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 6000;

    public ApiSettings {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, was " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the API token must not be blank");
        }
        if (maxRequestBytes < 1 || requestsPerMinute < 1) {
            throw new IllegalArgumentException("maxRequestBytes and requestsPerMinute must be >= 1");
        }
    }

    /** Whether only this machine can reach the server. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve bind address '" + bind + "'", e);
        }
    }
}
