package io.newsaggregator.ingest;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The registrable domain ("eTLD+1") of a host or URL, from the public suffix list shipped with
 * crawler-commons: {@code edition.cnn.com} and {@code www.cnn.com} both belong to {@code cnn.com},
 * {@code news.bbc.co.uk} to {@code bbc.co.uk}.
 */
final class RegistrableDomains {
    private RegistrableDomains() {
    }

    /** @return the registrable domain of the URL's host, or empty when the URL has no usable host */
    public static Optional<String> ofUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return ofHost(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return the registrable domain of the host, or empty for a null, blank or IP-literal host */
    public static Optional<String> ofHost(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || h.matches("[0-9.]+")) {
            return Optional.of(h);
        }
        try {
            h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String assigned = EffectiveTldFinder.getAssignedDomain(h, true, false);
        return Optional.of(assigned == null ? h : assigned);
    }

    /**
     * The registrable domain's own name, without its public suffix: {@code vnexpress} for
     * {@code www.vnexpress.net}, {@code bbc} for {@code www.bbc.co.uk}; empty without a usable host.
     */
    public static Optional<String> nameOfUrl(String url) {
        return ofUrl(url).map(domain -> {
            int dot = domain.indexOf('.');
            return dot < 0 ? domain : domain.substring(0, dot);
        });
    }

    /** Whether both URLs belong to the same registrable domain. */
    public static boolean sameSite(String url, String otherUrl) {
        Optional<String> a = ofUrl(url);
        return a.isPresent() && a.equals(ofUrl(otherUrl));
    }
}
