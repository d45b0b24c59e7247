package io.newsaggregator.app.presentation;

import java.util.List;

/**
 * Vertical bars, one per category (day), each stacked from its series (portals); y axis with
 * round ticks and grid lines, x labels thinned out so they never overlap.
 */
final class SvgStackedBarChart {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 340;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;
    private static final int MAX_X_LABELS = 12;
    /** Width of one label character at the axis font size, generously rounded up, in chart units. */
    private static final double LABEL_CHAR_WIDTH = 7.5;
    private static final double LABEL_GAP = 16;

    record Series(String key, String name, String colour, long[] values) {
    }

    private final String id;
    private final String title;
    private final String yAxisLabel;

    SvgStackedBarChart(String id, String title, String yAxisLabel) {
        this.id = id;
        this.title = title;
        this.yAxisLabel = yAxisLabel;
    }

    /** Series are drawn bottom-up in list order; every series has one value per category. */
    String render(List<String> categories, List<String> categoryTooltips, List<Series> series) {
        int n = categories.size();
        long[] totals = new long[n];
        for (Series s : series) {
            for (int i = 0; i < n; i++) {
                totals[i] += s.values()[i];
            }
        }
        long maxTotal = 0;
        for (long total : totals) {
            maxTotal = Math.max(maxTotal, total);
        }
        NiceScale scale = NiceScale.upTo(maxTotal, 5, true);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, n);
        double barWidth = Math.max(1, slot * 0.68);

        Html svg = Svg.start(id, "chart", WIDTH, HEIGHT, title);

        svg.open("g", "class", "axis y");
        for (double tick : scale.ticks()) {
            double y = TOP + plotHeight - tick / scale.max() * plotHeight;
            svg.empty("line", "x1", Fmt.coord(LEFT), "x2", Fmt.coord(WIDTH - RIGHT), "y1", Fmt.coord(y), "y2", Fmt.coord(y));
            svg.element("text", scale.label(tick), "x", Fmt.coord(LEFT - 8), "y", Fmt.coord(y + 4), "text-anchor", "end");
        }
        svg.element("text", yAxisLabel, "class", "axis-label", "transform",
                "translate(14 " + Fmt.coord(TOP + plotHeight / 2) + ") rotate(-90)", "text-anchor", "middle");
        svg.close("g").newline();

        // longer labels (with a year) get fewer slots, so that neighbours never touch
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        int maxLabels = Math.max(2, Math.min(MAX_X_LABELS, (int) (plotWidth / (longest * LABEL_CHAR_WIDTH + LABEL_GAP))));
        int labelEvery = Math.max(1, (int) Math.ceil(n / (double) maxLabels));
        svg.open("g", "class", "axis x");
        svg.empty("line", "class", "baseline", "x1", Fmt.coord(LEFT), "x2", Fmt.coord(WIDTH - RIGHT),
                "y1", Fmt.coord(TOP + plotHeight), "y2", Fmt.coord(TOP + plotHeight));
        for (int i = 0; i < n; i++) {
            if ((n - 1 - i) % labelEvery == 0) {
                double x = LEFT + slot * (i + 0.5);
                svg.element("text", categories.get(i), "x", Fmt.coord(x), "y", Fmt.coord(TOP + plotHeight + 20), "text-anchor", "middle");
            }
        }
        svg.close("g").newline();

        double[] stackTop = new double[n];
        for (Series s : series) {
            svg.open("g", "class", "series", "data-series", s.key(), "fill", s.colour());
            for (int i = 0; i < n; i++) {
                long value = s.values()[i];
                if (value == 0) {
                    continue;
                }
                double height = value / scale.max() * plotHeight;
                double y = TOP + plotHeight - stackTop[i] - height;
                stackTop[i] += height;
                double x = LEFT + slot * i + (slot - barWidth) / 2;
                svg.open("rect", "x", Fmt.coord(x), "y", Fmt.coord(y), "width", Fmt.coord(barWidth),
                        "height", Fmt.coord(height), "data-value", Long.toString(value));
                svg.element("title", s.name() + ", " + categoryTooltips.get(i) + ": " + Fmt.count(value));
                svg.close("rect");
            }
            svg.close("g").newline();
        }

        svg.open("g", "class", "totals");
        for (int i = 0; i < n; i++) {
            if (totals[i] > 0 && n <= 31) {
                double x = LEFT + slot * (i + 0.5);
                double y = TOP + plotHeight - totals[i] / scale.max() * plotHeight - 6;
                svg.element("text", Fmt.count(totals[i]), "x", Fmt.coord(x), "y", Fmt.coord(y), "text-anchor", "middle");
            }
        }
        svg.close("g");
        return svg.close("svg").toString();
    }
}
