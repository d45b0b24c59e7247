package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal whose article URLs carry only an opaque id ({@code /news/articles/c4gx0j1z8p9o}), with
 * no catalog selector: its feed teaches the shape, and the article its section page lists, and no
 * feed does, is ingested; the section page's nav, tag, "more" and footer links are not.
 */
class SectionDiscoveryIT {
    private static final List<String> IN_FEED = List.of(
            "/news/articles/c1a2b3c4d5e6", "/news/articles/c6f7g8h9j0k1", "/news/articles/c2l3m4n5p6q7");
    private static final String ONLY_ON_SECTION = "/news/articles/c9s8e7c6t5n4";
    private static final List<String> NOT_ARTICLES = List.of(
            "/news/articles/c0n1a2v3x4y5", "/news/topics/c7t8a9g0x1y2", "/news/articles/c5m6o7r8e9x0",
            "/news/articles/c3f4o5o6t7r8", "/news/live/c4l5i6v7e8x9");

    @TempDir
    Path dir;

    @Test
    void anOpaqueIdArticleListedOnlyOnASectionPageIsIngestedAndNavAndTagLinksAreNot() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try (TestNewsSite site = TestNewsSite.start(0)) {
            site.feed("/news/rss.xml", IN_FEED);
            for (String path : IN_FEED) {
                site.page(path, article(path));
            }
            site.page(ONLY_ON_SECTION, article(ONLY_ON_SECTION));
            NOT_ARTICLES.forEach(path -> site.page(path, article(path)));
            site.page("/news/world", section());
            Path catalog = dir.resolve("catalog.yaml");
            Files.writeString(catalog, """
                    portals:
                      - code: opaque
                        name: Opaque Broadcaster
                        homepage: %1$s/
                        feeds: [{url: "%1$s/news/rss.xml"}]
                        sections: [{url: "%1$s/news/world", category: world}]
                    """.formatted(site.base()));

            AppRunner.Result ingest = AppRunner.run(AppRunner.concat(new String[] {"ingest"}, AppRunner.databaseArgs(schema),
                    new String[] {"--catalog", catalog.toString(), "--allow-network", TestNewsSite.HOST + "/32",
                            "--min-interval", "PT0S", "--format", "json"}));
            assertThat(ingest.exitCode()).as(ingest.err()).isZero();

            List<String> stored;
            try (JpaPersistence persistence = JpaPersistence.start(schema.settings())) {
                stored = persistence.unitOfWork().readOnly(repos -> {
                    Portal portal = repos.portals().findByCode("opaque").orElseThrow();
                    return repos.articles().find(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portal.id())))
                            .stream().map(Article::url).toList();
                });
            }
            assertThat(stored).containsExactlyInAnyOrder(site.url(IN_FEED.get(0)), site.url(IN_FEED.get(1)),
                    site.url(IN_FEED.get(2)), site.url(ONLY_ON_SECTION));
            NOT_ARTICLES.forEach(path -> assertThat(site.hits(path)).as("%s is not fetched", path).isZero());
        } finally {
            schema.drop();
        }
    }

    private static String section() {
        StringBuilder listing = new StringBuilder();
        for (String path : IN_FEED) {
            listing.append("<li><a href=\"").append(path).append("\">").append(headline(path)).append("</a></li>\n");
        }
        listing.append("<li><a href=\"").append(ONLY_ON_SECTION).append("\"><img src=\"/i.jpg\" alt=\"\"></a>")
                .append("<h3><a href=\"").append(ONLY_ON_SECTION).append("\">").append(headline(ONLY_ON_SECTION))
                .append("</a></h3></li>\n");
        return """
                <!DOCTYPE html><html lang="en"><head><title>World - Opaque Broadcaster</title></head><body>
                <nav><a href="/news/world">World</a> <a href="%s">Nav story about the harbour council vote</a></nav>
                <main><h1>World</h1><ul>
                %s<li><a href="%s">Elections across the continent this year</a></li>
                <li><a href="%s">Live: the results of the election as they come in</a></li>
                </ul>
                <section class="more-from-us"><h2>More</h2><a href="%s">A story from the more grid of this page</a></section>
                </main>
                <footer><a href="%s">Footer link to an older story of ours</a></footer>
                </body></html>
                """.formatted(NOT_ARTICLES.get(0), listing, NOT_ARTICLES.get(1), NOT_ARTICLES.get(4), NOT_ARTICLES.get(2),
                NOT_ARTICLES.get(3));
    }

    private static String headline(String path) {
        return "The harbour council decides on plan " + path.substring(path.lastIndexOf('/') + 1);
    }

    private static String article(String path) {
        String title = headline(path);
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Opaque Broadcaster</title>
                <meta property="og:title" content="%1$s"><meta property="og:type" content="article">
                <meta property="article:published_time" content="2026-11-20T08:30:00+01:00"></head><body>
                <article><h1>%1$s</h1>
                <p>The harbour council met on Tuesday evening and voted on the proposal, after a debate that lasted well past midnight.</p>
                <p>Supporters said the plan would bring work to the old docks; critics asked who would pay for it and how long it would take.</p>
                <p>A spokesperson said the details of the decision would be published next week, together with the budget and a timetable.</p>
                </article></body></html>
                """.formatted(title);
    }
}
