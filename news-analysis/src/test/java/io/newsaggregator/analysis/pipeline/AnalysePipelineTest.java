package io.newsaggregator.analysis.pipeline;

import static io.newsaggregator.analysis.pipeline.Fixtures.BRIDGE_BODY_A;
import static io.newsaggregator.analysis.pipeline.Fixtures.BRIDGE_BODY_B;
import static io.newsaggregator.analysis.pipeline.Fixtures.BRIDGE_TITLE_A;
import static io.newsaggregator.analysis.pipeline.Fixtures.BRIDGE_TITLE_B;
import static io.newsaggregator.analysis.pipeline.Fixtures.ORCHESTRA_BODY;
import static io.newsaggregator.analysis.pipeline.Fixtures.ORCHESTRA_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.service.AnalyseService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The analyse use case with the real analyser and story clusterer over tables kept in memory. */
class AnalysePipelineTest {

    private static final AnalysisAdapters ADAPTERS = AnalysisAdapters.defaults();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final AnalysisTables tables = new AnalysisTables();

    @Test
    void rewritesFromTwoPortalsEndUpInOneStoryWithCoverageOfBoth() {
        put(Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        put(Fixtures.input(2, 7, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY));
        put(Fixtures.input(3, 12, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B));

        AnalyseReport report = service().analyse();

        String bridge = tables.members.get(ArticleId.of(1));
        assertThat(report.articles()).isEqualTo(3);
        assertThat(tables.members.get(ArticleId.of(3))).isEqualTo(bridge);
        assertThat(tables.members.get(ArticleId.of(2))).isNotEqualTo(bridge);
        assertThat(tables.stories.get(bridge).coverage()).isEqualTo(Map.of(PortalId.of(7), 1, PortalId.of(12), 1));
        assertThat(tables.analyses.get(ArticleId.of(3)).storyKey()).isEqualTo(bridge);
        assertThat(tables.analyses.get(ArticleId.of(1)).language()).isEqualTo("en");
        assertThat(tables.termCount("bridg", PortalId.of(7), DAY)[1]).isEqualTo(1);
    }

    @Test
    void secondRunWithNothingNewChangesNothing() {
        put(Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        put(Fixtures.input(2, 12, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B));
        service().analyse();
        Map<String, Long> frequencies = new TreeMap<>(tables.frequencies);
        String termCounts = render(tables.termCounts);

        AnalyseReport again = service().analyse();

        assertThat(again.articles()).isZero();
        assertThat(tables.frequencies).isEqualTo(frequencies);
        assertThat(render(tables.termCounts)).isEqualTo(termCounts);
    }

    @Test
    void revisedArticleLeavesTheCountsItWouldHaveHadIfFirstAnalysedInItsNewForm() {
        put(Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        put(Fixtures.input(2, 7, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY));
        service().analyse();
        AnalysisInput revised = new AnalysisInput(ArticleId.of(2), PortalId.of(7), 2, ORCHESTRA_TITLE,
                null, ORCHESTRA_BODY.replace("tour of Asia", "residency in Salzburg"), null, Fixtures.MORNING.plusSeconds(600));
        tables.revise(revised);
        service().analyse();

        AnalysisTables fresh = new AnalysisTables();
        fresh.current.put(ArticleId.of(1), Fixtures.input(1, 7, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A));
        fresh.current.put(ArticleId.of(2), revised);
        new AnalyseService(fresh, ADAPTERS.articleAnalyzer(), ADAPTERS.storyClusterers(), CLOCK, 10).analyse();

        assertThat(tables.documents[0]).isEqualTo(2);
        assertThat(withoutZeros(tables.frequencies)).isEqualTo(withoutZeros(fresh.frequencies));
        assertThat(render(tables.termCounts)).isEqualTo(render(fresh.termCounts));
        assertThat(tables.frequencies).containsEntry("asia", 0L).containsEntry("salzburg", 1L);
    }

    private AnalyseService service() {
        return new AnalyseService(tables, ADAPTERS.articleAnalyzer(), ADAPTERS.storyClusterers(), CLOCK, 2);
    }

    private void put(AnalysisInput input) {
        tables.current.put(input.articleId(), input);
    }

    private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
        Map<String, Long> result = new TreeMap<>(counts);
        result.values().removeIf(v -> v == 0);
        return result;
    }

    private static String render(Map<String, int[]> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> {
            if (v[0] != 0 || v[1] != 0) {
                out.append(k).append('=').append(v[0]).append('/').append(v[1]).append('\n');
            }
        });
        return out.toString();
    }
}
