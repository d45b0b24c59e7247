package io.newsaggregator.domain.model;

import java.util.Objects;

/**
 * A request to fetch one URL, optionally conditional.
 *
 * @param etag         validator from the last response, or null
 * @param lastModified Last-Modified of the last response, or null
 */
public record FetchRequest(String url, FetchTarget target, String etag, String lastModified) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(target, "target");
    }

    public static FetchRequest of(String url, FetchTarget target) {
        return new FetchRequest(url, target, null, null);
    }
}
