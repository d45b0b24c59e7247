package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.Totals;

import java.time.temporal.ChronoUnit;

/** Title, period, generation time, the big-number tiles and a table of contents. */
final class HeaderSection {

    void write(Html html, ReportData data) {
        long days = ChronoUnit.DAYS.between(data.from(), data.to()) + 1;
        html.open("header", "id", "summary");
        html.element("h1", "News report");
        html.open("p", "class", "period");
        html.element("strong", Fmt.longDay(data.from()) + " \u2013 " + Fmt.longDay(data.to()));
        html.text(" \u00b7 " + days + (days == 1 ? " day" : " days") + " \u00b7 articles by when they were "
                + data.basis().label() + " \u00b7 generated " + Fmt.stamp(data.generatedAt()));
        html.close("p").newline();

        Totals totals = data.totals();
        html.open("div", "class", "tiles");
        tile(html, "articles", totals.articles(), "Articles");
        tile(html, "portals", totals.portals(), "Portals");
        tile(html, "stories", totals.stories(), "Stories");
        tile(html, "ingest-runs", totals.ingestRuns(), "Ingest runs");
        tile(html, "failed-fetches", totals.failedFetches(), "Failed fetches");
        html.close("div").newline();

        html.open("nav", "aria-label", "Sections").open("ul");
        link(html, "#articles-per-day", "Articles per day");
        link(html, "#rising-terms", "Rising terms");
        link(html, "#top-stories", "Top stories");
        link(html, "#portal-comparison", "Portal comparison");
        html.close("ul").close("nav");
        html.close("header").newline();
    }

    private static void tile(Html html, String key, long value, String label) {
        html.open("div", "class", "tile", "data-total", key);
        html.element("span", Fmt.count(value), "class", "num");
        html.element("span", label, "class", "label");
        html.close("div");
    }

    private static void link(Html html, String href, String label) {
        html.open("li").element("a", label, "href", href).close("li");
    }
}
