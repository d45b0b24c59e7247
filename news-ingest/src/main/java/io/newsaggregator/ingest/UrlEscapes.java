package io.newsaggregator.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Percent-escaping of the characters real-world URLs carry raw although RFC 3986 forbids them:
 * spaces, controls, {@code "<>\^`{|}} and non-ASCII (as UTF-8). Everything else, escapes
 * included, stays as written.
 */
final class UrlEscapes {
    private static final String ILLEGAL_ASCII = " \"<>\\^`{|}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEscapes() {
    }

    /** @return the URL with its forbidden characters escaped; the same instance when it has none */
    public static String escapeIllegal(String url) {
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
