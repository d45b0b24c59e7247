package io.newsaggregator.ingest.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns URL strings from feeds, pages and Location headers into request URIs. */
final class Urls {

    private static final String ILLEGAL_ASCII = " \"<>\\^`{|}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
            return new URI(escapeIllegal(trimmed));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL '" + url + "': " + e.getReason(), e);
        }
    }

    private static String escapeIllegal(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean illegal = c <= 0x20 || c >= 0x7F || ILLEGAL_ASCII.indexOf(c) >= 0;
            if (!illegal) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? url : out.toString();
    }
}
