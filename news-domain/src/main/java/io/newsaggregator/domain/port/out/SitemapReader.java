package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;
import java.util.List;

/** Reads XML sitemaps, sitemap indexes and Google News sitemaps. */
public interface SitemapReader {
    /** @throws MalformedContentException when the body is not a sitemap */
    ParsedFeed read(FetchedPage page);

    /** The sitemap URLs the {@code Sitemap:} lines of a fetched robots.txt name, resolved to absolute. */
    List<String> sitemapsInRobotsTxt(FetchedPage robotsTxt);
}
