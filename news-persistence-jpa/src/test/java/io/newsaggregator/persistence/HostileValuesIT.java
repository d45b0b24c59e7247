package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostileValuesIT extends JpaTestSupport {
    private static final String DROP = "x'; DROP TABLE article; --";
    private static final String QUOTES = "O'Brien said \"hello\" `ok` $$dollar$$";
    private static final String BACKSLASHES = "C:\\news\\today \\' \\\\ end";
    private static final String UNICODE = "Zürich – Ελληνικά – 東京 – עברית – 🗞️📰👩🏽‍💻";

    @Test
    void storesAndFindsSqlLookingValuesVerbatim() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        List<String> values = List.of(DROP, QUOTES, BACKSLASHES, UNICODE);
        List<Article> saved = uow.execute(r -> r.articles().saveAll(values.stream()
                .map(v -> Fixtures.article(portal, "https://example.org/" + Fixtures.unique("h") + "?q=" + v, v, v, Fixtures.T0))
                .toList()));

        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            Article stored = saved.get(i);
            List<Article> byTitle = uow.readOnly(r -> r.articles().find(Query.of(Article.class)
                    .where(ArticleField.PORTAL_ID.eq(portal).and(ArticleField.TITLE.eq(value)))));
            assertThat(byTitle).containsExactly(stored);
            assertThat(byTitle.get(0).title()).isEqualTo(value);
            assertThat(byTitle.get(0).bodyText()).isEqualTo(value);
            assertThat(uow.<java.util.Optional<Article>>readOnly(r -> r.articles().findByCanonicalUrl(portal, stored.canonicalUrl()))).contains(stored);
        }
    }

    @Test
    void likeFindsHostileValuesWithTheirWildcardsEscaped() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        List<String> values = List.of(DROP, QUOTES, BACKSLASHES, UNICODE);
        uow.run(r -> r.articles().saveAll(values.stream()
                .map(v -> Fixtures.article(portal, "https://example.org/" + Fixtures.unique("l"), v, "body", Fixtures.T0))
                .toList()));

        for (String value : values) {
            List<Article> found = uow.readOnly(r -> r.articles().find(Query.of(Article.class)
                    .where(ArticleField.PORTAL_ID.eq(portal).and(ArticleField.TITLE.like("%" + escapeLike(value) + "%")))));
            assertThat(found).extracting(Article::title).containsExactly(value);
        }
        assertThat(uow.<List<Article>>readOnly(r -> r.articles().find(Query.of(Article.class)
                .where(ArticleField.PORTAL_ID.eq(portal).and(ArticleField.TITLE.like("%DROP TABLE%"))))))
                .extracting(Article::title).containsExactly(DROP);
    }

    @Test
    void schemaIsIntactAfterwards() throws Exception {
        uow.run(r -> r.portals().save(Portal.create(Fixtures.unique("drop"), DROP, DROP, null)));

        assertThat(uow.<List<Portal>>readOnly(r -> r.portals().find(Query.of(Portal.class).where(PortalField.NAME.eq(DROP)))))
                .extracting(Portal::homepage).containsExactly(DROP);
        try (Connection c = schema.database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = '"
                     + schema.name() + "' and table_name in ('article', 'portal', 'article_revision')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    /** Backslash is the like escape character, as in PostgreSQL: escape it and the two wildcards. */
    private static String escapeLike(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
