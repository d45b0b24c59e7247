package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.port.in.DatabaseDescription.IngestState;
import io.newsaggregator.domain.port.out.StoreStatistics;
import io.newsaggregator.domain.query.Query;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts db-info prints, read by plain aggregate queries, agree with what the repositories count. */
class StoreStatisticsIT extends JpaTestSupport {

    @Test
    void countsRowsAndRunsByStatusAsTheRepositoriesDo() {
        uow.run(r -> {
            r.portals().save(Portal.create("stats", "Stats", "https://stats.example/", "en"));
            IngestRun done = r.ingestRuns().save(IngestRun.start(Fixtures.T0));
            r.ingestRuns().update(done.finish(Fixtures.T0.plusSeconds(5), IngestRunStatus.COMPLETED, IngestCounts.ZERO, null));
            for (int i = 1; i <= 7; i++) {
                IngestRun dead = r.ingestRuns().save(IngestRun.start(Fixtures.T0.plusSeconds(60 * i)));
                r.ingestRuns().update(dead.finish(Fixtures.T0.plusSeconds(60 * i + 1), IngestRunStatus.ABORTED,
                        IngestCounts.ZERO, "gone " + i));
            }
        });
        StoreStatistics statistics = JpaPersistence.statistics(
                PersistenceSettings.forDataSource(schema.database().dataSource()).withSchema(schema.name()));

        Map<String, Long> counts = statistics.rowCounts();
        IngestState ingest = statistics.ingestState(5);

        assertThat(counts).containsOnlyKeys("portals", "feeds", "categories", "articles", "revisions", "ingest runs",
                "fetch events", "frontier entries");
        assertThat(counts.get("portals")).isEqualTo(uow.readOnly(r -> r.portals().count(Query.of(Portal.class))));
        assertThat(counts.get("articles")).isEqualTo(uow.readOnly(r -> r.articles().count(Query.of(Article.class)))).isZero();
        assertThat(counts.get("ingest runs")).isEqualTo(8);
        assertThat(ingest.runs()).containsExactly(Map.entry(IngestRunStatus.RUNNING, 0L),
                Map.entry(IngestRunStatus.COMPLETED, 1L), Map.entry(IngestRunStatus.FAILED, 0L),
                Map.entry(IngestRunStatus.ABORTED, 7L));
        assertThat(ingest.latestAborted()).extracting(run -> run.reason())
                .containsExactly("gone 7", "gone 6", "gone 5", "gone 4", "gone 3");
        assertThat(ingest.frontier()).containsOnlyKeys(FrontierStatus.values()).allSatisfy((s, n) -> assertThat(n).isZero());
    }
}
