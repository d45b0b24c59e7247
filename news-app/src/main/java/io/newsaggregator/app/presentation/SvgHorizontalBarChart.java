package io.newsaggregator.app.presentation;

import java.util.List;

/** One labelled horizontal bar per row with its value written at the bar's end. */
final class SvgHorizontalBarChart {
    private static final int WIDTH = 960;
    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 260;
    private static final int RIGHT = 72;
    private static final int TOP = 8;
    private static final int BOTTOM = 30;
    private static final int LABEL_CHARS = 34;
    private static final int DETAIL_CHARS = 14;

    /** A null colour draws the bar in the neutral "all portals" style. */
    record Bar(String label, String detail, double value, String valueText, String colour) {
    }

    private final String id;
    private final String title;

    SvgHorizontalBarChart(String id, String title) {
        this.id = id;
        this.title = title;
    }

    String render(List<Bar> bars) {
        double dataMax = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        NiceScale scale = NiceScale.upTo(dataMax, 5, false);
        int height = TOP + ROW * bars.size() + BOTTOM;
        double plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
        double plotBottom = TOP + ROW * bars.size();

        Html svg = Svg.start(id, "chart", WIDTH, height, title);

        svg.open("g", "class", "axis x");
        for (double tick : scale.ticks()) {
            double x = LABEL_WIDTH + tick / scale.max() * plotWidth;
            svg.empty("line", "x1", Fmt.coord(x), "x2", Fmt.coord(x), "y1", Fmt.coord(TOP), "y2", Fmt.coord(plotBottom));
            svg.element("text", scale.label(tick), "x", Fmt.coord(x), "y", Fmt.coord(plotBottom + 18), "text-anchor", "middle");
        }
        svg.close("g").newline();

        svg.open("g", "class", "bars");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + ROW * i;
            double width = Math.max(0, bar.value()) / scale.max() * plotWidth;
            svg.open("g", "class", "bar");
            svg.element("title", bar.label() + (bar.detail().isEmpty() ? "" : " (" + bar.detail() + ")") + ": " + bar.valueText());
            svg.open("text", "class", "label", "x", Fmt.coord(LABEL_WIDTH - 10), "y", Fmt.coord(y + ROW / 2.0 + 4), "text-anchor", "end");
            // Label and detail share one budget so long pairs never run past the left edge.
            String detail = bar.detail().isEmpty() ? "" : " \u00b7 " + Fmt.truncate(bar.detail(), DETAIL_CHARS);
            svg.text(Fmt.truncate(bar.label(), LABEL_CHARS - detail.length()));
            if (!detail.isEmpty()) {
                svg.element("tspan", detail, "class", "detail");
            }
            svg.close("text");
            svg.empty("rect", "x", Fmt.coord(LABEL_WIDTH), "y", Fmt.coord(y + 5), "width", Fmt.coord(width),
                    "height", Fmt.coord(ROW - 10), "rx", "3", "fill", bar.colour(),
                    "class", bar.colour() == null ? "all-portals" : null, "data-value", bar.valueText());
            svg.element("text", bar.valueText(), "class", "value", "x", Fmt.coord(LABEL_WIDTH + width + 6),
                    "y", Fmt.coord(y + ROW / 2.0 + 4));
            svg.close("g").newline();
        }
        svg.close("g");
        return svg.close("svg").toString();
    }
}
