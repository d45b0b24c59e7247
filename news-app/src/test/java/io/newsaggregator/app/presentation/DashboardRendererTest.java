package io.newsaggregator.app.presentation;

import io.newsaggregator.app.presentation.DashboardRenderer.Overview;
import io.newsaggregator.app.presentation.DashboardRenderer.SourceHealth;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardRendererTest {
    private static final String MALICIOUS = "<script>alert(1)</script>";
    private static final Instant STARTED = Instant.parse("2026-11-24T06:00:00Z");
    private static final PortalId ALPHA = PortalId.of(1);

    private final DashboardRenderer renderer = new DashboardRenderer();

    @Test
    void overviewShowsEachSectionAndEscapesWhatCameFromTheWeb() {
        IngestRun big = new IngestRun(IngestRunId.of(7), STARTED, STARTED.plusSeconds(42), IngestRunStatus.COMPLETED,
                new IngestCounts(3, 0, 0, 0, 40, 30, 10, 0, 0), null, null, null);
        IngestRun small = new IngestRun(IngestRunId.of(8), STARTED.plusSeconds(3600), null, IngestRunStatus.RUNNING,
                new IngestCounts(1, 1, 0, 0, 5, 4, 0, 0, 0), null, null, null);
        List<SourceHealth> sources = List.of(new SourceHealth("Alpha " + MALICIOUS, 12, 3, 0, 1, null),
                new SourceHealth("Beta", 5, 2, 1, 0, STARTED));
        List<RisingTerm> rising = List.of(RisingTerm.acrossPortals("ceasefire", 31, 4.0, 7.8));

        Document page = Jsoup.parse(renderer.overview(new Overview(List.of(big, small), sources, List.of(), Map.of(),
                List.of(ReportSamples.story("s-1", "Storm closes airports", List.of("storm"), STARTED,
                        new String[] {"alpha", "beta"}, new int[] {0, 30}, new int[] {2, 1})), rising)));

        assertThat(page.select("section h2").eachText()).containsExactly("Ingest runs", "Sources and their health",
                "Latest articles", "Stories across portals", "Rising today");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("header a.here").text()).isEqualTo("Overview");
        assertThat(page.select("table.runs tbody tr").eachAttr("class")).containsExactly("completed", "running");
        assertThat(page.select("table.runs tbody tr").get(0).text()).contains("42 s").contains("40");
        assertThat(page.select("table.runs .bar").eachAttr("style")).containsExactly("width:100%", "width:10%");
        assertThat(page.select("table:not(.runs) tbody tr").eachAttr("class")).containsExactly("warn", "degraded");
        assertThat(page.select("table:not(.runs) tbody td").first().text()).isEqualTo("Alpha " + MALICIOUS);
        assertThat(page.select("table:not(.runs) tbody tr").get(0).text()).endsWith("never");
        assertThat(page.select("p.empty").text()).isEqualTo("No article stored yet.");
        assertThat(page.select("ul.stories li").text()).isEqualTo("Storm closes airports 3 articles in 2 portals, first alpha");
        assertThat(page.select("ul.terms li").text()).isEqualTo("ceasefire 31 today");
    }

    @Test
    void searchMarksTheMatchedWordsAndKeepsTheQueryInTheBox() {
        SearchHit hit = new SearchHit(ArticleId.of(1), ALPHA, null, "https://alpha.example/a?x=1&y=2",
                Instant.parse("2026-11-23T10:00:00Z"), 1.0, "the «harbour» plan " + MALICIOUS);

        Document page = Jsoup.parse(renderer.search("harbour \"plan\"", List.of(hit), Map.of(ALPHA, "alpha")));

        assertThat(page.title()).isEqualTo("Search: harbour \"plan\"");
        assertThat(page.select("input[name=q]").attr("value")).isEqualTo("harbour \"plan\"");
        assertThat(page.select("ol.hits a").attr("href")).isEqualTo("https://alpha.example/a?x=1&y=2");
        assertThat(page.select("ol.hits a").text()).isEqualTo("https://alpha.example/a?x=1&y=2");
        assertThat(page.select("ol.hits .meta").text()).isEqualTo("alpha, 2026-11-23");
        assertThat(page.select("ol.hits mark").text()).isEqualTo("harbour");
        assertThat(page.select("ol.hits p").text()).isEqualTo("the harbour plan " + MALICIOUS);
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void searchWithoutQueryShowsTheBoxAloneAndNoHitSaysSo() {
        Document empty = Jsoup.parse(renderer.search(null, List.of(), Map.of()));
        assertThat(empty.title()).isEqualTo("Search");
        assertThat(empty.select("section h2").text()).isEqualTo("Search articles");
        assertThat(empty.select("ol.hits")).isEmpty();

        Document none = Jsoup.parse(renderer.search("zebra", List.of(), Map.of()));
        assertThat(none.select("p.empty").text()).isEqualTo("No article matches zebra.");
    }
}
