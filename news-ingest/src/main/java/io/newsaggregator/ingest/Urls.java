package io.newsaggregator.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Turns URL strings from feeds, pages and Location headers into request URIs. */
final class Urls {

    private Urls() {
    }

    /**
     * Parses an absolute http(s) URL, escaping characters that real-world URLs carry but
     * RFC 3986 forbids (spaces, non-ASCII). The fragment is dropped: it never goes on the wire.
     *
     * @throws IllegalArgumentException with a readable message when it is not such a URL
     */
    static URI parseAbsolute(String url) {
        URI uri = parse(url);
        if (!uri.isAbsolute() || uri.getScheme() == null) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("unsupported scheme '" + uri.getScheme() + "' in " + url
                    + ": only http and https are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("no host in URL " + url);
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            uri = URI.create(scheme + "://" + uri.getRawAuthority() + "/" + query);
        }
        return uri;
    }

    /** Resolves a Location header against the URL that sent it. */
    static URI resolveRedirect(URI base, String location) {
        return parseAbsolute(base.resolve(parse(location)).toString());
    }

    private static URI parse(String url) {
        String trimmed = url.strip();
        int hash = trimmed.indexOf('#');
        if (hash >= 0) {
            trimmed = trimmed.substring(0, hash);
        }
        try {
            return new URI(UrlEscapes.escapeIllegal(trimmed));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL '" + url + "': " + e.getReason(), e);
        }
    }
}
