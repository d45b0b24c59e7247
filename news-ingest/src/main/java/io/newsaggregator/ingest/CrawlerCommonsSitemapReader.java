package io.newsaggregator.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;
import io.newsaggregator.domain.port.out.SitemapReader;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads sitemaps, sitemap indexes and Google News sitemaps with crawler-commons; DOCTYPEs are
 * refused. A news entry's {@code news:title} and {@code news:publication_date} win over
 * {@code lastmod}.
 */
final class CrawlerCommonsSitemapReader implements SitemapReader {

    @Override
    public ParsedFeed read(FetchedPage page) {
        Objects.requireNonNull(page, "page");
        String source = page.finalUrl();
        if (page.body().length == 0) {
            throw new MalformedContentException(source, source + ": the sitemap body is empty");
        }
        AbstractSiteMap parsed;
        try {
            parsed = parser().parseSiteMap(contentType(page), page.body(), toUrl(source));
        } catch (UnknownFormatException e) {
            throw new MalformedContentException(source, source + " is not a sitemap: " + firstLine(e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            throw new MalformedContentException(source, source + ": sitemap could not be read: " + firstLine(e.getMessage()), e);
        }
        if (parsed instanceof SiteMapIndex index) {
            List<String> nested = new ArrayList<>();
            for (AbstractSiteMap sitemap : index.getSitemaps()) {
                nested.add(sitemap.getUrl().toString());
            }
            return new ParsedFeed(null, List.of(), nested);
        }
        List<DiscoveredLink> links = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            links.add(toLink(entry));
        }
        return new ParsedFeed(null, links, List.of());
    }

    @Override
    public List<String> sitemapsInRobotsTxt(FetchedPage robotsTxt) {
        return RobotsSitemaps.of(robotsTxt.finalUrl(), robotsTxt.body());
    }

    private static SiteMapParser parser() {
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        return parser;
    }

    private static DiscoveredLink toLink(SiteMapURL entry) {
        String title = null;
        Instant published = entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata metadata : news) {
                if (metadata instanceof NewsAttributes n) {
                    if (n.getTitle() != null && !n.getTitle().isBlank()) {
                        title = n.getTitle().strip();
                    }
                    if (n.getPublicationDateTime() != null) {
                        published = n.getPublicationDateTime().toInstant();
                    }
                }
            }
        }
        return new DiscoveredLink(entry.getUrl().toString(), title, published, List.of());
    }

    private static String contentType(FetchedPage page) {
        return page.contentType() == null ? "text/xml" : page.contentType();
    }

    private static URL toUrl(String source) {
        try {
            return URI.create(source).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new MalformedContentException(source, source + ": sitemap URL is not a valid absolute URL", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown reason" : message.lines().findFirst().orElse(message).strip();
    }
}
