package io.newsaggregator.ingest;

import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.SitemapReader;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.util.List;

/**
 * Entry point of link discovery: article links and advertised feeds on HTML pages (jsoup),
 * sitemaps and Google News sitemaps, and the sitemaps a robots.txt names (crawler-commons).
 * Everything returned is thread-safe and stateless.
 */
final class Discovery {
    private Discovery() {
    }

    /** A discoverer that canonicalises links with {@link CanonicalUrls#canonicalizer()}. */
    public static LinkDiscoverer linkDiscoverer() {
        return new JsoupLinkDiscoverer(CanonicalUrls.canonicalizer());
    }

    /** A discoverer that canonicalises links with the given canonicalizer. */
    public static LinkDiscoverer linkDiscoverer(UrlCanonicalizer canonicalizer) {
        return new JsoupLinkDiscoverer(canonicalizer);
    }

    public static SitemapReader sitemapReader() {
        return new CrawlerCommonsSitemapReader();
    }

    /**
     * The sitemap URLs named by {@code Sitemap:} lines of a robots.txt body.
     *
     * @param robotsUrl the URL the body was fetched from (relative entries resolve against it)
     */
    public static List<String> sitemapsInRobotsTxt(String robotsUrl, byte[] body) {
        return RobotsSitemaps.of(robotsUrl, body);
    }
}
