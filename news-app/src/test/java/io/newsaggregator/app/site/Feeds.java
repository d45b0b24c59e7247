package io.newsaggregator.app.site;

import java.util.List;

/** Feed documents of the test site, good and hostile. */
final class Feeds {
    private Feeds() {
    }

    static String rss(String base, List<Integer> articles) {
        StringBuilder items = new StringBuilder();
        for (int n : articles) {
            items.append("<item><title>").append(Pages.title(n)).append("</title><link>").append(base)
                    .append(TestNewsSite.articlePath(n)).append("?utm_source=rss&amp;utm_medium=feed</link>")
                    .append("<category>World</category><pubDate>Sun, 01 Nov 2026 08:30:00 +0100</pubDate></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Herald - Top stories</title><link>%s/</link>
                <description>Top stories</description>
                %s</channel></rss>
                """.formatted(base, items);
    }

    static String rssOf(String base, List<String> paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>Item ").append(path).append("</title><link>").append(base).append(path).append("</link></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Odd pages</title><link>%s/</link><description>d</description>
                %s</channel></rss>
                """.formatted(base, items);
    }

    static String newsSitemap(String base, List<Integer> articles) {
        StringBuilder urls = new StringBuilder();
        for (int n : articles) {
            urls.append("<url><loc>").append(base).append(TestNewsSite.articlePath(n)).append("</loc><news:news>")
                    .append("<news:publication><news:name>Harbour Herald</news:name><news:language>en</news:language></news:publication>")
                    .append("<news:publication_date>2026-11-01T08:30:00+01:00</news:publication_date><news:title>")
                    .append(Pages.title(n)).append("</news:title></news:news></url>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                %s</urlset>
                """.formatted(urls);
    }

    static String atom(String base, List<Integer> articles) {
        StringBuilder entries = new StringBuilder();
        for (int n : articles) {
            entries.append("<entry><title>").append(Pages.title(n)).append("</title><id>tag:harbour,2026:").append(n)
                    .append("</id><link rel=\"alternate\" href=\"").append(base).append(TestNewsSite.articlePath(n))
                    .append("#top\"/><updated>2026-11-01T08:30:00Z</updated></entry>\n");
        }
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Herald - Latest</title><id>tag:harbour,2026:feed</id>
                <updated>2026-11-01T08:30:00Z</updated>
                %s</feed>
                """.formatted(entries);
    }

    static String rdf(String base, List<Integer> articles) {
        StringBuilder items = new StringBuilder();
        for (int n : articles) {
            items.append("<item rdf:about=\"").append(base).append(TestNewsSite.articlePath(n)).append("\"><title>")
                    .append(Pages.title(n)).append("</title><link>").append(base).append(TestNewsSite.articlePath(n))
                    .append("</link></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="%s/rdf.xml"><title>Harbour Herald RDF</title><link>%s/</link><description>RDF</description></channel>
                %s</rdf:RDF>
                """.formatted(base, base, items);
    }

    static String xxe() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title><link>http://x/</link><description>d</description>
                <item><title>&secret;</title><link>http://127.0.0.2/stolen</link></item></channel></rss>
                """;
    }

    static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            String name = "lol" + i;
            doctype.append("<!ENTITY ").append(name).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
            previous = name;
        }
        doctype.append("]>");
        return "<?xml version=\"1.0\"?>\n" + doctype
                + "<rss version=\"2.0\"><channel><title>&lol9;</title><link>http://x/</link><description>d</description></channel></rss>";
    }

    static String truncated(String base) {
        String full = rss(base, List.of(1, 2));
        return full.substring(0, full.length() / 2);
    }
}
