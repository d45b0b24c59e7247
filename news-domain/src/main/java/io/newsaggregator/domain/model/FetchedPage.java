package io.newsaggregator.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A response as the fetcher hands it on: decoded from gzip/deflate, within the size limit.
 *
 * @param finalUrl     the URL after redirects
 * @param notModified  true for a 304 answer to a conditional request; the body is then empty
 * @param contentType  the media type without parameters, or null
 * @param charset      the charset named by the Content-Type header, or null
 * @param etag         ETag of the response, or null
 * @param lastModified Last-Modified of the response, or null
 * @param freshFor     how long the response stays fresh by its {@code Cache-Control: max-age} or
 *                     {@code Expires}, or null when it says nothing (or forbids caching)
 */
public record FetchedPage(
        String requestedUrl,
        String finalUrl,
        int status,
        boolean notModified,
        byte[] body,
        String contentType,
        String charset,
        String etag,
        String lastModified,
        long durationMillis,
        Duration freshFor) {

    public FetchedPage {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
    }

    /** A response that says nothing about its freshness. */
    public FetchedPage(String requestedUrl, String finalUrl, int status, boolean notModified, byte[] body, String contentType,
                       String charset, String etag, String lastModified, long durationMillis) {
        this(requestedUrl, finalUrl, status, notModified, body, contentType, charset, etag, lastModified, durationMillis, null);
    }

    /** A page read from a file or given as bytes, as if served with status 200. */
    public static FetchedPage ofBytes(String url, byte[] body, String contentType) {
        return new FetchedPage(url, url, 200, false, body, contentType, null, null, null, 0);
    }
}
