package io.newsaggregator.ingest;

import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.util.Objects;

/**
 * Entry point of URL canonicalisation: the standard {@link UrlCanonicalizer} and the choice between
 * the URL an article was fetched from and the canonical URL the page declares.
 */
final class CanonicalUrls {
    private static final UrlCanonicalizer STANDARD = new StandardUrlCanonicalizer();

    private CanonicalUrls() {
    }

    /** The standard canonicalizer: thread-safe, stateless. */
    public static UrlCanonicalizer canonicalizer() {
        return STANDARD;
    }

    /**
     * The URL to store an article under: the page's own {@code <link rel="canonical">} or
     * {@code og:url} when it is an absolute http(s) URL of the same registrable domain as the
     * fetched URL (a page may not claim another site's identity), otherwise the fetched URL; both
     * canonicalised.
     *
     * @param fetchedUrl    the URL the page was fetched from (after redirects), not null
     * @param pageCanonical the canonical the page declares, resolved to absolute, or null
     */
    public static String preferPageCanonical(String fetchedUrl, String pageCanonical) {
        Objects.requireNonNull(fetchedUrl, "fetchedUrl");
        return STANDARD.chooseArticleKey(fetchedUrl, pageCanonical).orElse(fetchedUrl);
    }
}
