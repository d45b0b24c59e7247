package io.newsaggregator.domain.port.out;

import java.util.Optional;

/**
 * Normalises article URLs so one article has one key: lower-case scheme and host, no fragment, no
 * tracking parameters (utm_*, fbclid, gclid, ...), no default port, a normalised path.
 */
public interface UrlCanonicalizer {
    /** @return the canonical form, or empty when the URL is not an absolute http(s) URL */
    Optional<String> canonicalize(String url);

    /**
     * The key to store an article under once its page is fetched: the page's own canonical URL
     * (from {@code <link rel=canonical>} or {@code og:url}) when it is on the same site as the
     * fetched URL, otherwise the fetched URL, both canonicalised.
     *
     * @param pageCanonical may be null
     * @return empty when neither is a usable http(s) URL
     */
    default Optional<String> chooseArticleKey(String fetchedUrl, String pageCanonical) {
        Optional<String> fetched = canonicalize(fetchedUrl);
        if (pageCanonical == null || fetched.isEmpty()) {
            return fetched;
        }
        Optional<String> declared = canonicalize(pageCanonical);
        if (declared.isPresent() && sameSite(fetched.get(), declared.get())) {
            return declared;
        }
        return fetched;
    }

    /**
     * Whether two canonical URLs belong to one site (the same registrable domain), so a page may
     * name a canonical on another host of its own site but not another site's.
     */
    boolean sameSite(String canonicalA, String canonicalB);
}
