package io.newsaggregator.app.http;

import io.newsaggregator.domain.port.in.BuildReport;
import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.newsaggregator.app.presentation.HtmlReportRenderer;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.in.ArticleFilter;
import io.newsaggregator.domain.port.in.PageRequest;
import io.newsaggregator.domain.port.in.PortalSources;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: server-rendered pages (no scripts, no external assets) over the same facade as the
 * API. The charts are the report's: {@code /report} is the HTML report rendered live.
 */
final class Dashboard {
    private static final int REPORT_DAYS = 14;
    private final NewsAggregator news;
    private final PortalCodes portals;
    private final Clock clock;

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
        Map<PortalId, String> codes = portals.codes();
        List<IngestRun> runs = news.browse().ingestRuns(new PageRequest(0, 30)).items();
        List<PortalSources> sources = news.browse().portals();
        List<Article> latest = news.browse().articles(ArticleFilter.ALL, new PageRequest(0, 15)).items();
        // the same notion of "when" as the stories command and the report: first seen by this store
        List<StorySummary> stories = news.queryAnalysis().storiesIn(new QueryAnalysis.StoriesRequest(now.minus(Duration.ofDays(3)), null,
                TimeBasis.FIRST_SEEN, 2, 10));
        List<RisingTerm> rising = news.queryAnalysis().risingTerms(QueryAnalysis.RisingTermsRequest.acrossPortals(LocalDate.now(clock), 7, 15));

        HtmlPage page = new HtmlPage("news-aggregator", "overview");
        page.section("Ingest runs", runsTable(runs));
        page.section("Sources and their health", sourcesTable(sources, now));
        page.section("Latest articles", articleList(latest, codes));
        page.section("Stories across portals", storyList(stories));
        page.section("Rising today", risingList(rising));
        html(ctx, page.render());
    }

    void search(Context ctx) {
        String q = Params.text(ctx, "q");
        HtmlPage page = new HtmlPage(q == null ? "Search" : "Search: " + q, "search");
        StringBuilder body = new StringBuilder();
        if (q != null) {
            Map<PortalId, String> codes = portals.codes();
            List<SearchHit> hits = news.queryAnalysis().search(new SearchQuery(q, List.of(), null, null, null, null, 30));
            if (hits.isEmpty()) {
                body.append("<p class=\"empty\">No article matches ").append(HtmlPage.escape(q)).append(".</p>");
            }
            body.append("<ol class=\"hits\">");
            for (SearchHit hit : hits) {
                body.append("<li><a href=\"").append(HtmlPage.escape(hit.url())).append("\">")
                        .append(HtmlPage.escape(hit.title() == null ? hit.url() : hit.title())).append("</a> <span class=\"meta\">")
                        .append(HtmlPage.escape(codes.get(hit.portalId()))).append(", ").append(HtmlPage.day(hit.publishedAt()))
                        .append("</span><p>").append(snippet(hit.snippet())).append("</p></li>");
            }
            body.append("</ol>");
        }
        page.section(q == null ? "Search articles" : "Results", body.toString());
        html(ctx, page.render(q));
    }

    void report(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        html(ctx, new HtmlReportRenderer().render(news.buildReport().build(
                BuildReport.Request.firstSeen(today.minusDays(REPORT_DAYS - 1L), today))));
    }

    private static void html(Context ctx, String body) {
        ctx.contentType("text/html; charset=utf-8").result(body);
    }

    /** Matches are marked with « and » in snippets; they become {@code <mark>} after escaping. */
    static String snippet(String snippet) {
        return snippet == null ? "" : HtmlPage.escape(snippet).replace("«", "<mark>").replace("»", "</mark>");
    }

    private static String runsTable(List<IngestRun> runs) {
        if (runs.isEmpty()) {
            return "<p class=\"empty\">No ingest run yet.</p>";
        }
        int most = runs.stream().mapToInt(r -> r.counts().articlesNew() + r.counts().articlesUpdated()).max().orElse(0);
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"runs\"><thead><tr><th>run</th><th>started</th>"
                + "<th>status</th><th>took</th><th>new + updated</th><th>sources failed</th></tr></thead><tbody>");
        for (IngestRun run : runs) {
            int stored = run.counts().articlesNew() + run.counts().articlesUpdated();
            int width = most == 0 ? 0 : Math.max(stored == 0 ? 0 : 2, stored * 100 / most);
            html.append("<tr class=\"").append(run.status().name().toLowerCase()).append("\"><td>").append(run.id())
                    .append("</td><td>").append(HtmlPage.time(run.startedAt())).append("</td><td><span class=\"status\">")
                    .append(run.status().name().toLowerCase()).append("</span></td><td>")
                    .append(run.finishedAt() == null ? "running" : Duration.between(run.startedAt(), run.finishedAt()).toSeconds() + " s")
                    .append("</td><td><span class=\"bar\" style=\"width:").append(width).append("%\"></span> ").append(stored)
                    .append("</td><td>").append(run.counts().sourcesFailed()).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static String sourcesTable(List<PortalSources> portals, Instant now) {
        if (portals.isEmpty()) {
            return "<p class=\"empty\">No portal stored yet.</p>";
        }
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table><thead><tr><th>portal</th><th>articles</th>"
                + "<th>sources</th><th>failing</th><th>quarantined</th><th>last poll</th></tr></thead><tbody>");
        for (PortalSources p : portals) {
            long quarantined = p.quarantined(now);
            html.append("<tr class=\"").append(quarantined > 0 ? "warn" : p.failing() > 0 ? "degraded" : "ok").append("\"><td>")
                    .append(HtmlPage.escape(p.portal().name())).append("</td><td>").append(p.articles()).append("</td><td>")
                    .append(p.sources().size()).append("</td><td>").append(p.failing()).append("</td><td>").append(quarantined)
                    .append("</td><td>").append(HtmlPage.time(p.lastPolledAt())).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static String articleList(List<Article> articles, Map<PortalId, String> codes) {
        if (articles.isEmpty()) {
            return "<p class=\"empty\">No article stored yet.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"articles\">");
        for (Article a : articles) {
            html.append("<li><a href=\"").append(HtmlPage.escape(a.url())).append("\">")
                    .append(HtmlPage.escape(a.title() == null ? a.url() : a.title())).append("</a> <span class=\"meta\">")
                    .append(HtmlPage.escape(codes.get(a.portalId()))).append(", ").append(HtmlPage.day(a.publishedAt()))
                    .append("</span></li>");
        }
        return html.append("</ul>").toString();
    }

    private static String storyList(List<StorySummary> stories) {
        if (stories.isEmpty()) {
            return "<p class=\"empty\">No story with articles from two or more portals first seen in the last three days.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"stories\">");
        for (StorySummary s : stories) {
            html.append("<li><strong>").append(HtmlPage.escape(s.label())).append("</strong> <span class=\"meta\">")
                    .append(s.articleCount()).append(" articles in ").append(s.coverage().size()).append(" portals, first ")
                    .append(HtmlPage.escape(s.firstSeenPortal())).append("</span></li>");
        }
        return html.append("</ul>").toString();
    }

    private static String risingList(List<RisingTerm> rising) {
        if (rising.isEmpty()) {
            return "<p class=\"empty\">Nothing rising today yet.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"terms\">");
        for (RisingTerm t : rising) {
            html.append("<li>").append(HtmlPage.escape(t.term())).append(" <span class=\"meta\">").append(t.todayCount())
                    .append(" today</span></li>");
        }
        return html.append("</ul>").toString();
    }
}
