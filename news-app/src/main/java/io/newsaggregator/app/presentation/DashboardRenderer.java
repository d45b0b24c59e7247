package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The service dashboard's pages (no scripts, no external assets) rendered from the domain's values;
 * its charts are the report's, served whole by {@link HtmlReportRenderer}.
 *
 * <p>Thread-safe and stateless; one instance can be shared.
 */
public final class DashboardRenderer {

    /** One portal's row in the health table, counted at the moment the page is built. */
    public record SourceHealth(String portal, long articles, int sources, long failing, long quarantined, Instant lastPolledAt) {
        public SourceHealth {
            Objects.requireNonNull(portal, "portal");
        }
    }

    /**
     * What the overview shows.
     *
     * @param portalCodes the code shown for each portal next to an article
     * @param stories     stories with articles from two or more portals first seen in the last three days
     * @param rising      terms rising today
     */
    public record Overview(List<IngestRun> runs, List<SourceHealth> sources, List<Article> latest, Map<PortalId, String> portalCodes,
                           List<StorySummary> stories, List<RisingTerm> rising) {
        public Overview {
            runs = List.copyOf(runs);
            sources = List.copyOf(sources);
            latest = List.copyOf(latest);
            Objects.requireNonNull(portalCodes, "portalCodes");
            stories = List.copyOf(stories);
            rising = List.copyOf(rising);
        }
    }

    /** The overview page: ingest runs, source health, latest articles, stories and rising terms. */
    public String overview(Overview overview) {
        HtmlPage page = new HtmlPage("news-aggregator", "overview");
        page.section("Ingest runs", runsTable(overview.runs()));
        page.section("Sources and their health", sourcesTable(overview.sources()));
        page.section("Latest articles", articleList(overview.latest(), overview.portalCodes()));
        page.section("Stories across portals", storyList(overview.stories()));
        page.section("Rising today", risingList(overview.rising()));
        return page.render();
    }

    /**
     * The search page: the box alone when {@code query} is null, else the hits for it.
     *
     * @param portalCodes the code shown for each portal next to a hit
     */
    public String search(String query, List<SearchHit> hits, Map<PortalId, String> portalCodes) {
        HtmlPage page = new HtmlPage(query == null ? "Search" : "Search: " + query, "search");
        StringBuilder body = new StringBuilder();
        if (query != null) {
            if (hits.isEmpty()) {
                body.append("<p class=\"empty\">No article matches ").append(HtmlPage.escape(query)).append(".</p>");
            }
            body.append("<ol class=\"hits\">");
            for (SearchHit hit : hits) {
                body.append("<li><a href=\"").append(HtmlPage.escape(hit.url())).append("\">")
                        .append(HtmlPage.escape(hit.title() == null ? hit.url() : hit.title())).append("</a> <span class=\"meta\">")
                        .append(HtmlPage.escape(portalCodes.get(hit.portalId()))).append(", ").append(HtmlPage.day(hit.publishedAt()))
                        .append("</span><p>").append(snippet(hit.snippet())).append("</p></li>");
            }
            body.append("</ol>");
        }
        page.section(query == null ? "Search articles" : "Results", body.toString());
        return page.render(query);
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

    private static String sourcesTable(List<SourceHealth> portals) {
        if (portals.isEmpty()) {
            return "<p class=\"empty\">No portal stored yet.</p>";
        }
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table><thead><tr><th>portal</th><th>articles</th>"
                + "<th>sources</th><th>failing</th><th>quarantined</th><th>last poll</th></tr></thead><tbody>");
        for (SourceHealth p : portals) {
            html.append("<tr class=\"").append(p.quarantined() > 0 ? "warn" : p.failing() > 0 ? "degraded" : "ok").append("\"><td>")
                    .append(HtmlPage.escape(p.portal())).append("</td><td>").append(p.articles()).append("</td><td>")
                    .append(p.sources()).append("</td><td>").append(p.failing()).append("</td><td>").append(p.quarantined())
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
