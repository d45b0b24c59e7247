package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.ReportData;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stacked bars of articles per day with one colour per portal, a legend, and the same numbers
 * as a table. Counts for days outside the report period are left out.
 */
final class ArticlesPerDaySection {
    static final String ID = "articles-per-day";

    void write(Html html, ReportData data, PortalDirectory portals) {
        Sections.open(html, ID, "Articles per portal per day", "Each article counts on the day it was "
                + data.basis().label() + " (UTC).");
        List<LocalDate> days = days(data);
        List<SvgStackedBarChart.Series> series = series(data, days, portals);
        if (series.isEmpty()) {
            Sections.noData(html, "no article was " + data.basis().label() + " in this period.");
            Sections.close(html);
            return;
        }
        Dates dates = Dates.of(data);
        List<String> labels = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        for (LocalDate day : days) {
            labels.add(days.size() <= 10 ? dates.day(day) : dates.shortDay(day));
            tooltips.add(dates.day(day));
        }
        String svg = new SvgStackedBarChart(ID + "-chart", "Articles per day, stacked by portal, "
                + Fmt.longDay(data.from()) + " to " + Fmt.longDay(data.to()), "articles").render(labels, tooltips, series);
        Sections.chart(html, svg);
        legend(html, series);
        table(html, days, series, dates);
        Sections.close(html);
    }

    private static List<LocalDate> days(ReportData data) {
        List<LocalDate> days = new ArrayList<>();
        long count = ChronoUnit.DAYS.between(data.from(), data.to()) + 1;
        for (long i = 0; i < count; i++) {
            days.add(data.from().plusDays(i));
        }
        return days;
    }

    /** Biggest portal first, so it sits at the bottom of every stack and heads the legend. */
    private static List<SvgStackedBarChart.Series> series(ReportData data, List<LocalDate> days, PortalDirectory portals) {
        Map<String, long[]> values = new TreeMap<>();
        for (PortalDayCount row : data.articlesPerDay()) {
            if (row.day().isBefore(data.from()) || row.day().isAfter(data.to())) {
                continue;
            }
            int index = (int) ChronoUnit.DAYS.between(data.from(), row.day());
            values.computeIfAbsent(row.portal(), code -> new long[days.size()])[index] += row.count();
        }
        List<SvgStackedBarChart.Series> series = new ArrayList<>();
        values.forEach((code, counts) -> {
            if (sum(counts) > 0) {
                series.add(new SvgStackedBarChart.Series(code, portals.name(code), portals.colour(code), counts));
            }
        });
        series.sort(Comparator.comparingLong((SvgStackedBarChart.Series s) -> -sum(s.values()))
                .thenComparing(SvgStackedBarChart.Series::key));
        return series;
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    private static void legend(Html html, List<SvgStackedBarChart.Series> series) {
        html.open("ul", "class", "legend", "aria-label", "Legend");
        for (SvgStackedBarChart.Series s : series) {
            html.open("li");
            Sections.swatch(html, s.colour());
            html.text(s.name());
            html.close("li");
        }
        html.close("ul").newline();
    }

    private static void table(Html html, List<LocalDate> days, List<SvgStackedBarChart.Series> series, Dates dates) {
        html.open("details").element("summary", "Show the numbers");
        html.open("div", "class", "table-wrap").open("table", "class", "data");
        html.element("caption", "Articles per portal and day");
        html.open("thead").open("tr").element("th", "Portal", "scope", "col");
        for (LocalDate day : days) {
            html.element("th", dates.shortDay(day), "scope", "col", "class", "num");
        }
        html.element("th", "Total", "scope", "col", "class", "num").close("tr").close("thead");
        html.open("tbody");
        long[] dayTotals = new long[days.size()];
        for (SvgStackedBarChart.Series s : series) {
            html.open("tr", "data-series", s.key()).element("th", s.name(), "scope", "row");
            for (int i = 0; i < days.size(); i++) {
                Sections.numberCell(html, Fmt.count(s.values()[i]));
                dayTotals[i] += s.values()[i];
            }
            Sections.numberCell(html, Fmt.count(sum(s.values())));
            html.close("tr");
        }
        html.close("tbody").open("tfoot").open("tr").element("th", "All portals", "scope", "row");
        for (long total : dayTotals) {
            Sections.numberCell(html, Fmt.count(total));
        }
        Sections.numberCell(html, Fmt.count(sum(dayTotals)));
        html.close("tr").close("tfoot");
        html.close("table").close("div").close("details").newline();
    }
}
