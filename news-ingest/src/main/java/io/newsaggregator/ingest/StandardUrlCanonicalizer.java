package io.newsaggregator.ingest;

import crawlercommons.filters.basic.BasicURLNormalizer;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canonical article URLs: crawler-commons' {@link BasicURLNormalizer} (RFC 3986 normalisation, IDN
 * hosts, sorted query parameters) after removing our {@link TrackingParameters}, which look at
 * values as well as names and so cannot be a plain list of names to drop.
 */
final class StandardUrlCanonicalizer implements UrlCanonicalizer {
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)https?://[^/?#]+.*", Pattern.DOTALL);
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().build();

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
        String stripped = url.strip();
        if (!ABSOLUTE_HTTP.matcher(stripped).matches()) {
            return Optional.empty();
        }
        String normalized = NORMALIZER.filter(withoutTracking(stripped));
        return normalized == null || !ABSOLUTE_HTTP.matcher(normalized).matches()
                ? Optional.empty() : Optional.of(normalized);
    }

    private static String withoutTracking(String url) {
        int hash = url.indexOf('#');
        String noFragment = hash < 0 ? url : url.substring(0, hash);
        int question = noFragment.indexOf('?');
        if (question < 0) {
            return noFragment;
        }
        StringBuilder b = new StringBuilder(noFragment.length()).append(noFragment, 0, question);
        char separator = '?';
        for (String pair : noFragment.substring(question + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? null : decode(pair.substring(eq + 1));
            if (!TrackingParameters.isTracking(name, value)) {
                b.append(separator).append(pair);
                separator = '&';
            }
        }
        return b.toString();
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
