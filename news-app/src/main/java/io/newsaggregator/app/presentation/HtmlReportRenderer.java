package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.ReportData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Renders a {@link ReportData} as one self-contained HTML5 page: inline CSS, inline SVG charts,
 * no scripts and no external resources, so the file can be mailed or opened offline. Every text
 * that came from the data is escaped. The same data always renders to the same string.
 *
 * <p>Thread-safe and stateless; one instance can be shared.
 */
public final class HtmlReportRenderer {

    /** Renders the whole page. */
    public String render(ReportData data) {
        Objects.requireNonNull(data, "data");
        PortalDirectory portals = new PortalDirectory(data);
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n");
        html.open("html", "lang", "en").newline();
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.empty("meta", "name", "color-scheme", "content", "light dark").newline();
        html.element("title", "News report " + Fmt.longDay(data.from()) + " \u2013 " + Fmt.longDay(data.to())).newline();
        html.open("style").raw(Stylesheet.CSS).close("style").newline();
        html.close("head").newline();
        html.open("body").open("main").newline();
        new HeaderSection().write(html, data);
        new ArticlesPerDaySection().write(html, data, portals);
        new RisingTermsSection().write(html, data, portals);
        new TopStoriesSection().write(html, data, portals);
        new PortalComparisonSection().write(html, data, portals);
        html.element("footer", "Generated " + Fmt.stamp(data.generatedAt()) + ". All times are UTC.").newline();
        html.close("main").close("body").newline().close("html").newline();
        return html.toString();
    }

    /** Renders the page into {@code out}; the writer is flushed, not closed. */
    public void render(ReportData data, Writer out) {
        Objects.requireNonNull(out, "out");
        String page = render(data);
        try {
            out.write(page);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the HTML report: " + e.getMessage(), e);
        }
    }
}
