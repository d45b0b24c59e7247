package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads publication and modification dates from {@code <meta>} tags, in document order. */
final class MetaDates {

    private static final Set<String> PUBLISHED = Set.of(
            "article:published_time", "article:published", "og:published_time", "og:article:published_time",
            "article.published", "published_time", "published-time", "publish-date", "publish_date",
            "publishdate", "pubdate", "pub_date", "publication_date", "publication-date", "date_published",
            "datepublished", "datecreated", "date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.date", "dcterms.created", "dcterms.issued", "dc.created", "dc.issued", "sailthru.date",
            "parsely-pub-date", "cxenseparse:recs:publishtime", "article_date_original", "originalpublicationdate",
            "original-publish-date", "citation_publication_date", "citation_date", "rnews:datepublished",
            "prism.publicationdate", "date.available", "displaydate", "dc.date.published", "creation_date",
            "created", "analyticsattributes.articledate", "article.created", "og:pubdate", "doc_date",
            "release_date", "story:published_time", "bt:pubdate", "timestamp", "iso-8601-publish-date",
            "content_date", "article:post_date", "pdate", "date.release", "ptime", "dcsext.articlefirstpublished",
            "nv:date", "datecreation", "publishing_date", "itemprop:datepublished", "firstpublishedat",
            "live_date", "dateposted", "article.published_time", "og:release_date", "cxenseparse:publishtime",
            "published", "published-date", "published_date");
    private static final Set<String> MODIFIED = Set.of(
            "article:modified_time", "article:modified", "og:updated_time", "og:modified_time",
            "article:updated_time", "modified_time", "datemodified", "dc.date.modified", "dcterms.modified",
            "last-modified", "lastmodified", "last_modified", "lastmod", "updated_time", "modified",
            "revised", "dateupdated", "date_modified", "article.updated", "cxenseparse:recs:articlemodifiedtime",
            "parsely-updated-date", "eomportal-lastupdate", "utime", "mdate", "updated", "dc.modified");

    /** Raw values of one kind, in document order. */
    record Found(List<String> published, List<String> modified) {
    }

    Found find(Document document) {
        List<String> published = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        for (Element meta : document.select("meta[content], meta[datetime]")) {
            String value = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
            if (value.isBlank()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                if (PUBLISHED.contains(key)) {
                    published.add(value);
                    break;
                }
                if (MODIFIED.contains(key)) {
                    modified.add(value);
                    break;
                }
            }
        }
        return new Found(published, modified);
    }
}
