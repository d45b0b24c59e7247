package io.newsaggregator.app.http;

import io.newsaggregator.domain.port.in.BuildReport;
import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.newsaggregator.app.presentation.DashboardRenderer;
import io.newsaggregator.app.presentation.DashboardRenderer.SourceHealth;
import io.newsaggregator.app.presentation.HtmlReportRenderer;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.in.ArticleFilter;
import io.newsaggregator.domain.port.in.PageRequest;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's routes: each asks the same facade as the API and hands the values to
 * {@link DashboardRenderer}; {@code /report} is the HTML report rendered live.
 */
final class Dashboard {
    private static final int REPORT_DAYS = 14;
    private final NewsAggregator news;
    private final PortalCodes portals;
    private final Clock clock;
    private final DashboardRenderer pages = new DashboardRenderer();
    private final HtmlReportRenderer report = new HtmlReportRenderer();

    private Dashboard(NewsAggregator news, PortalCodes portals, Clock clock) {
        this.news = news;
        this.portals = portals;
        this.clock = clock;
    }

    static void register(JavalinConfig config, NewsAggregator news, PortalCodes portals, Clock clock) {
        Dashboard dashboard = new Dashboard(news, portals, clock);
        config.routes.get("/", dashboard::overview);
        config.routes.get("/search", dashboard::search);
        config.routes.get("/report", dashboard::report);
        // browsers ask for it on every page; without an answer they log a 404 to the console
        config.routes.get("/favicon.ico", ctx -> ctx.status(204));
    }

    void overview(Context ctx) {
        Instant now = clock.instant();
        List<IngestRun> runs = news.browse().ingestRuns(new PageRequest(0, 30)).items();
        List<SourceHealth> sources = news.browse().portals().stream().map(p -> new SourceHealth(p.portal().name(), p.articles(),
                p.sources().size(), p.failing(), p.quarantined(now), p.lastPolledAt())).toList();
        List<Article> latest = news.browse().articles(ArticleFilter.ALL, new PageRequest(0, 15)).items();
        // the same notion of "when" as the stories command and the report: first seen by this store
        List<StorySummary> stories = news.queryAnalysis().storiesIn(new QueryAnalysis.StoriesRequest(now.minus(Duration.ofDays(3)), null,
                TimeBasis.FIRST_SEEN, 2, 10));
        List<RisingTerm> rising = news.queryAnalysis().risingTerms(QueryAnalysis.RisingTermsRequest.acrossPortals(LocalDate.now(clock), 7, 15));
        html(ctx, pages.overview(new DashboardRenderer.Overview(runs, sources, latest, portals.codes(), stories, rising)));
    }

    void search(Context ctx) {
        String q = Params.text(ctx, "q");
        List<SearchHit> hits = q == null ? List.of() : news.queryAnalysis().search(new SearchQuery(q, List.of(), null, null, null, null, 30));
        html(ctx, pages.search(q, hits, q == null ? Map.of() : portals.codes()));
    }

    void report(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        html(ctx, report.render(news.buildReport().build(
                BuildReport.Request.firstSeen(today.minusDays(REPORT_DAYS - 1L), today))));
    }

    private static void html(Context ctx, String body) {
        ctx.contentType("text/html; charset=utf-8").result(body);
    }
}
