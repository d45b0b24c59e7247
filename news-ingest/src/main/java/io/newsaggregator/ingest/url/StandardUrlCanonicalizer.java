package io.newsaggregator.ingest.url;

import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Canonical article URLs by RFC 3986 normalisation plus removal of tracking parameters. */
final class StandardUrlCanonicalizer implements UrlCanonicalizer {
    /** RFC 3986, appendix B. */
    private static final Pattern URI_PARTS =
            Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#.*)?$", Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile(":(\\d*)$");
    private static final String HEX = "0123456789ABCDEF";

    /** Same registrable domain (public suffix list), so www. and edition. hosts of one site match. */
    @Override
    public boolean sameSite(String canonicalA, String canonicalB) {
        return RegistrableDomains.sameSite(canonicalA, canonicalB);
    }

    @Override
    public Optional<String> canonicalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URI_PARTS.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String authority = m.group(2);
        if (!scheme.equals("http") && !scheme.equals("https") || authority == null || authority.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> host = authority(scheme, authority);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://").append(host.get());
        out.append(path(m.group(3)));
        String query = query(m.group(4));
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> authority(String scheme, String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String port = "";
        Matcher pm = PORT.matcher(hostPort);
        if (!hostPort.endsWith("]") && pm.find()) {
            port = pm.group(1);
            hostPort = hostPort.substring(0, pm.start());
        }
        String host = hostPort.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (!host.startsWith("[")) {
            try {
                host = IDN.toASCII(percentDecodeAll(host), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (host.isEmpty() || !host.matches("[a-z0-9._-]+")) {
                return Optional.empty();
            }
        }
        boolean defaultPort = port.isEmpty()
                || scheme.equals("http") && port.equals("80")
                || scheme.equals("https") && port.equals("443");
        return Optional.of(defaultPort ? host : host + ":" + Integer.parseInt(port));
    }

    private static String path(String rawPath) {
        if (rawPath.isEmpty()) {
            return "/";
        }
        String collapsed = rawPath.replaceAll("/{2,}", "/");
        boolean trailingSlash = collapsed.endsWith("/");
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = collapsed.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String s = parts[i];
            boolean last = i == parts.length - 1;
            if (s.equals(".") || s.equals("..")) {
                if (s.equals("..") && !segments.isEmpty()) {
                    segments.removeLast();
                }
                trailingSlash = trailingSlash || last;
            } else if (!s.isEmpty() || !last) {
                segments.addLast(normaliseEscapes(s, "/:@!$&'()*+,;="));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String s : segments) {
            b.append('/').append(s);
        }
        if (b.length() == 0 || trailingSlash) {
            b.append('/');
        }
        return b.toString();
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = percentDecodeAll(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? null : percentDecodeAll(pair.substring(eq + 1));
            if (TrackingParameters.isTracking(name, value)) {
                continue;
            }
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(normaliseEscapes(pair, "/:@!$'()*+,;=?"));
        }
        return b.toString();
    }

    /**
     * Decodes escapes of unreserved characters, upper-cases the hex of the others and escapes
     * characters that may not appear raw (spaces, non-ASCII as UTF-8).
     */
    private static String normaliseEscapes(String s, String allowedDelims) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
                int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                if (isUnreserved((char) v)) {
                    b.append((char) v);
                } else {
                    b.append('%').append(HEX.charAt(v >> 4)).append(HEX.charAt(v & 15));
                }
                i += 2;
            } else if (isUnreserved(c) || allowedDelims.indexOf(c) >= 0) {
                b.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                for (byte x : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
                }
                i = end - 1;
            }
        }
        return b.toString();
    }

    private static String percentDecodeAll(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static boolean isUnreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
