package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.port.in.ArticleFilter;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.port.in.Page;
import io.newsaggregator.domain.port.in.PageRequest;
import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, run as written against a host's data source. */
class NewsAggregatorIT {

    @Test
    void aHostApplicationMigratesIngestsAndQueriesThroughTheFacade() throws Exception {
        DataSource hostDataSource = TestDatabase.shared().dataSource();
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try (TestNewsSite site = TestNewsSite.start(4);
             NewsAggregator news = NewsAggregator.builder()
                     .dataSource(hostDataSource)
                     .schema(schema.name())
                     .catalog(IngestAdapters.parseCatalog("host.yaml", """
                             portals:
                               - code: local
                                 name: Local News
                                 homepage: %1$s/
                                 feeds: [{url: "%1$s/rss.xml"}]
                             """.formatted(site.base())))
                     .http(HttpFetchSettings.defaults().withAllowedNetworks(TestNewsSite.HOST + "/32")
                             .withPerHostMinInterval(Duration.ZERO))
                     .build()) {
            news.migrate();
            IngestReport report = news.ingest(List.of("local"), 50, IngestListener.NONE);

            news.analyse();

            Instant yesterday = Instant.parse("2026-10-31T00:00:00Z");
            LocalDate today = LocalDate.parse("2026-11-01");
            Page<Article> page = news.browse().articles(
                    new ArticleFilter(List.of(), "en", null, yesterday, null), new PageRequest(0, 20));
            List<RisingTerm> rising = news.queryAnalysis().risingTerms(
                    QueryAnalysis.RisingTermsRequest.acrossPortals(today, 7, 10));
            List<Article> latest = page.items();

            // two articles from the feed, a third from the news sitemap the site's robots.txt names
            assertThat(report.run().counts().articlesNew()).isEqualTo(3);
            assertThat(latest).hasSize(3);
            assertThat(latest.get(0).publishedAt()).isAfterOrEqualTo(latest.get(1).publishedAt());
            assertThat(rising).as("counted across portals: no term names one")
                    .allSatisfy(term -> assertThat(term.portalCode()).isEmpty());
            assertThatThrownBy(() -> news.ingest(List.of("nope"), 5, IngestListener.NONE))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("no portal 'nope'");
        } finally {
            schema.drop();
        }
        try (var connection = hostDataSource.getConnection()) {
            assertThat(connection.isValid(1)).as("the host's data source stays open").isTrue();
        }
    }
}
