package io.newsaggregator.domain.model;

import io.newsaggregator.domain.error.FetchException;
import java.util.Objects;

/**
 * One request for a robots.txt that a fetcher made on its own, to decide whether it may fetch a
 * page: reported to the caller of that fetch so that it is recorded like every other request.
 *
 * @param status  the HTTP status, or null when no response arrived
 * @param failure why robots.txt could not be had (an error status, a timeout...), or null
 */
public record RobotsFetch(String url, Integer status, long bytes, long durationMillis, FetchException failure) {
    public RobotsFetch {
        Objects.requireNonNull(url, "url");
        if (bytes < 0 || durationMillis < 0) {
            throw new IllegalArgumentException("bytes and durationMillis must be >= 0");
        }
    }
}
