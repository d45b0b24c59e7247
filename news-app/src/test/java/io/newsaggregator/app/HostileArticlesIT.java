package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages with values PostgreSQL or the search index cannot take, and a page that declares another
 * article's canonical URL, ingested end to end with the real extractor and PostgreSQL: each hostile
 * page ends as a sanitised article or a failure of its own, its well-formed siblings are stored, and
 * nothing already stored is overwritten by a page that is not its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileArticlesIT {
    private static final int ARTICLES = 4;

    @TempDir
    static Path dir;

    private static TestNewsSite site;
    private static TestDatabase.Schema schema;
    private static JpaPersistence persistence;
    private static Path catalog;

    @BeforeAll
    static void start() throws IOException {
        site = TestNewsSite.start(ARTICLES);
        schema = TestDatabase.shared().emptySchema("");
        catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, """
                portals:
                  - code: harbour
                    name: Harbour Herald
                    homepage: %1$s/
                    language: en
                    feeds:
                      - {url: "%1$s/rss.xml", category: world}
                      - {url: "%1$s/atom.xml"}
                      - {url: "%1$s/hostile/rss.xml"}
                """.formatted(site.base()));
        site.feed("/hostile/rss.xml", List.of());
    }

    @AfterAll
    static void stop() {
        if (persistence != null) {
            persistence.close();
        }
        site.close();
        schema.drop();
    }

    private static AppRunner.Result ingest() {
        return AppRunner.run(AppRunner.concat(new String[] {"ingest"}, AppRunner.databaseArgs(schema), new String[] {"--catalog",
                catalog.toString(), "--allow-network", TestNewsSite.HOST + "/32", "--min-interval", "PT0S", "--timeout", "PT10S"}));
    }

    private static UnitOfWork store() {
        if (persistence == null) {
            persistence = JpaPersistence.start(schema.settings());
        }
        return persistence.unitOfWork();
    }

    private static Map<String, Article> articlesByUrl() {
        return store().readOnly(repos -> {
            Portal portal = repos.portals().findByCode("harbour").orElseThrow();
            return repos.articles().find(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portal.id())));
        }).stream().collect(Collectors.toMap(Article::url, Function.identity()));
    }

    private static List<FetchEvent> eventsFor(String path) {
        return store().readOnly(repos -> repos.fetchEvents().find(Query.of(FetchEvent.class)
                .where(FetchEventField.URL.eq(site.url(path)))));
    }

    /** A page whose title can only come from its JSON-LD (no {@code <h1>}), so the hostile values reach the store. */
    private static String page(String jsonLd, String body) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
                <script type="application/ld+json">%s</script></head>
                <body><article>%s</article></body></html>
                """.formatted(jsonLd, body);
    }

    private static String paragraphs(String sentence) {
        return ("<p>" + sentence + "</p>").repeat(4);
    }

    @Test
    @Order(1)
    void hostileValuesEndSanitisedAndTheirSiblingsAreStored() {
        String text = paragraphs("The harbour council met on Tuesday to discuss the new ferry timetable for the winter.");
        site.page("/hostile/nul.html", page("""
                {"@type":"NewsArticle","headline":"Ferry\\u0000 timetable","author":{"@type":"Person","name":"Ann\\u0000 Lee"}}""", text));
        site.page("/hostile/surrogate.html", page("""
                {"@type":"NewsArticle","headline":"Broken \\ud800 character"}""", text));
        site.page("/hostile/absurd-date.html", page("""
                {"@type":"NewsArticle","headline":"Dated long ago","datePublished":"0002-01-01T00:00:00Z",
                "dateModified":"9999-12-31T00:00:00Z"}""", text));
        StringBuilder words = new StringBuilder("<p>");
        for (int i = 0; words.length() < 1_500_000; i++) {
            words.append("w").append(Integer.toString(i, 36)).append(i % 12 == 11 ? ".</p><p>" : " ");
        }
        site.page("/hostile/huge.html", page("""
                {"@type":"NewsArticle","headline":"Very long"}""", words.append("</p>").toString()));
        List<String> hostile = List.of("/hostile/nul.html", "/hostile/surrogate.html", "/hostile/absurd-date.html", "/hostile/huge.html");
        site.feed("/hostile/rss.xml", hostile);

        AppRunner.Result result = ingest();

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Article> stored = articlesByUrl();
        for (int n = 1; n <= ARTICLES; n++) {
            assertThat(stored).as("sibling %d", n).containsKey(site.url(TestNewsSite.articlePath(n)));
        }
        Article nul = stored.get(site.url("/hostile/nul.html"));
        assertThat(nul.title()).isEqualTo("Ferry timetable");
        assertThat(nul.authors()).containsExactly("Ann Lee");
        assertThat(stored.get(site.url("/hostile/surrogate.html")).title()).isEqualTo("Broken  character");
        Article dated = stored.get(site.url("/hostile/absurd-date.html"));
        assertThat(dated.publishedAt()).isNull();
        assertThat(dated.modifiedAt()).isNull();
        Article huge = stored.get(site.url("/hostile/huge.html"));
        assertThat(huge.bodyText().length()).isLessThanOrEqualTo(300_000).isGreaterThan(100_000);
        long searchable = store().readOnly(repos -> repos.search().search(
                new io.newsaggregator.domain.analysis.SearchQuery("w1", List.of(), null, null, null, null, 10))).size();
        assertThat(searchable).as("the capped page is in the search index").isPositive();
    }

    @Test
    @Order(2)
    void aPageDeclaringAnotherStoredArticlesCanonicalDoesNotOverwriteIt() {
        String target = site.url(TestNewsSite.articlePath(1));
        Article before = articlesByUrl().get(target);
        site.page("/hostile/hijack.html", """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Buy cheap watches</title>
                <link rel="canonical" href="%s"></head>
                <body><article><h1>Buy cheap watches</h1><p>%s</p></article></body></html>
                """.formatted(target, "Cheap watches for everyone, delivered to your door in two days. ".repeat(10)));
        site.feed("/hostile/rss.xml", List.of("/hostile/hijack.html"));

        AppRunner.Result result = ingest();

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Article> stored = articlesByUrl();
        Article after = stored.values().stream().filter(a -> a.canonicalUrl().equals(target)).findFirst().orElseThrow();
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.contentHash()).isEqualTo(before.contentHash());
        assertThat(after.revision()).isEqualTo(before.revision());
        Article hijacker = stored.get(site.url("/hostile/hijack.html"));
        assertThat(hijacker.canonicalUrl()).isEqualTo(site.url("/hostile/hijack.html"));
        assertThat(eventsFor("/hostile/hijack.html")).extracting(FetchEvent::errorClass).contains(FetchErrorClass.CANONICAL_CONFLICT);
    }
}
