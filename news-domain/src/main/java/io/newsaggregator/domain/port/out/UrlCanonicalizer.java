package io.newsaggregator.domain.port.out;

import java.util.Optional;

/**
 * Normalises article URLs so one article has one key: lower-case scheme and host, no fragment, no
 * tracking parameters (utm_*, fbclid, gclid, ...), no default port, a normalised path.
 */
public interface UrlCanonicalizer {
    /** @return the canonical form, or empty when the URL is not an absolute http(s) URL */
    Optional<String> canonicalize(String url);
}
