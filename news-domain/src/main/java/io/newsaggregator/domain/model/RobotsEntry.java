package io.newsaggregator.domain.model;

import io.newsaggregator.domain.error.FetchException;
import java.time.Instant;
import java.util.Objects;

/**
 * The robots.txt of one origin as a process of the fleet last fetched it, kept so that the others
 * need not fetch it again before it expires. The body is kept as fetched: every process parses it
 * itself.
 *
 * @param origin      scheme, host and port, as {@code https://news.example} or {@code http://host:8080}
 * @param status      the HTTP status of the answer, or null when none came
 * @param body        the robots.txt as fetched for {@link Kind#RULES}, else empty
 * @param contentType its media type for {@link Kind#RULES}, else null
 * @param finalUrl    where it was read after redirects for {@link Kind#RULES}, else null
 * @param failure     why it could not be had for {@link Kind#UNAVAILABLE}, else null
 * @param failureText how it failed for {@link Kind#UNAVAILABLE} (as "answered 503 Service Unavailable"), else null
 * @param expiresAt   when it must be fetched again
 */
public record RobotsEntry(String origin, Kind kind, Integer status, byte[] body, String contentType, String finalUrl,
                          FetchException.Reason failure, String failureText, Instant fetchedAt, Instant expiresAt) {

    /** What a robots.txt fetch gave. */
    public enum Kind {
        /** A robots.txt to obey. */
        RULES,
        /** No usable robots.txt (4xx, a broken redirect...): everything is allowed. */
        ALLOW_ALL,
        /** robots.txt could not be had (5xx, 429, unreachable): the site is disallowed until the entry expires. */
        UNAVAILABLE
    }

    public RobotsEntry {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (kind == Kind.UNAVAILABLE && (failure == null || failureText == null)) {
            throw new IllegalArgumentException("an UNAVAILABLE entry needs its failure and failureText");
        }
    }

    /** Whether the entry may still be used at {@code now}. */
    public boolean isFreshAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
