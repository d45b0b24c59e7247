package io.newsaggregator.app.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippets run as printed: on PostgreSQL (schema {@code news}) and a local news site. */
class ReadmeSnippetsIT {
    @TempDir
    Path dir;

    private final DataSource dataSource = TestDatabase.shared().dataSource();

    @BeforeEach
    @AfterEach
    void dropTheSnippetsSchema() throws SQLException {
        execute("drop schema if exists news cascade");
    }

    @Test
    void theSnippetsIngestListAndWriteThroughTheRepositories() throws Exception {
        ClassLoader snippets = ReadmeSnippets.compile(ReadmeSnippets.embedSection(), Files.createDirectory(dir.resolve("classes")));
        try (TestNewsSite site = TestNewsSite.start(4)) {
            Path catalog = dir.resolve("catalog.yaml");
            Files.writeString(catalog, """
                    portals:
                      - code: local
                        name: Local Herald
                        homepage: %1$s/
                        feeds: [{url: "%1$s/rss.xml"}]
                    """.formatted(site.base()));

            @SuppressWarnings("unchecked")
            List<Article> latest = (List<Article>) snippets.loadClass("LatestNews")
                    .getMethod("ingestAndList", DataSource.class, Path.class).invoke(null, dataSource, catalog);

            assertThat(latest).isNotEmpty().allSatisfy(a -> assertThat(a.canonicalUrl()).startsWith(site.base()));
            assertThat(latest).hasSize((int) count("select count(*) from news.article"));
        }

        snippets.loadClass("OwnRepositories").getMethod("addPortal", DataSource.class).invoke(null, dataSource);

        assertThat(count("select count(*) from news.portal where code = 'town'")).isEqualTo(1);
        assertThat(count("select count(*) from news.category c join news.portal p on p.id = c.portal_id"
                + " where p.code = 'town' and c.code = 'politics'")).isEqualTo(1);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
