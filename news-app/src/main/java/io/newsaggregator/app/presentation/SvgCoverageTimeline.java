package io.newsaggregator.app.presentation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One row per portal on a shared time axis: a line from the story's first sighting to the moment
 * the portal first covered it, and a dot there sized by how many articles the portal wrote.
 */
final class SvgCoverageTimeline {
    private static final int WIDTH = 960;
    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 180;
    private static final int RIGHT = 150;
    private static final int TOP = 6;
    private static final int BOTTOM = 28;
    private static final int MAX_TICKS = 6;
    private static final long[] TICK_MINUTES = {5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080};

    record Row(String key, String name, String colour, Instant firstAt, long articles) {
    }

    private final String id;
    private final String title;

    private final Dates dates;

    SvgCoverageTimeline(String id, String title, Dates dates) {
        this.id = id;
        this.title = title;
        this.dates = dates;
    }

    /** Rows in display order; {@code start} is when the story was first seen anywhere. */
    String render(Instant start, List<Row> rows) {
        Instant end = rows.stream().map(Row::firstAt).max(Instant::compareTo).orElse(start);
        if (end.isBefore(start)) {
            end = start;
        }
        long spanMinutes = Math.max(30, Duration.between(start, end).toMinutes());
        long stepMinutes = TICK_MINUTES[TICK_MINUTES.length - 1];
        for (long candidate : TICK_MINUTES) {
            if (spanMinutes / candidate < MAX_TICKS - 1) {
                stepMinutes = candidate;
                break;
            }
        }
        // Ticks sit on round UTC times (multiples of the step), not on the story's first minute.
        long startMinute = Math.floorDiv(start.getEpochSecond(), 60);
        long endMinute = Math.max(startMinute + 1, Math.floorDiv(end.getEpochSecond(), 60));
        long axisStart = Math.floorDiv(startMinute, stepMinutes) * stepMinutes;
        long axisEnd = Math.max(axisStart + stepMinutes, -Math.floorDiv(-endMinute, stepMinutes) * stepMinutes);
        double axisMinutes = axisEnd - axisStart;
        boolean withDay = axisEnd - axisStart >= 20 * 60
                || !Dates.sameDay(minute(axisStart), minute(axisEnd));
        long maxArticles = rows.stream().mapToLong(Row::articles).max().orElse(1);

        double plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
        double plotBottom = TOP + ROW * rows.size();
        int height = (int) plotBottom + BOTTOM;

        Html svg = Svg.start(id, "chart timeline", WIDTH, height, title);

        svg.open("g", "class", "axis x");
        for (long minute = axisStart; minute <= axisEnd; minute += stepMinutes) {
            double x = LABEL_WIDTH + (minute - axisStart) / axisMinutes * plotWidth;
            svg.empty("line", "x1", Fmt.coord(x), "x2", Fmt.coord(x), "y1", Fmt.coord(TOP), "y2", Fmt.coord(plotBottom));
            svg.element("text", dates.axisTime(minute(minute), withDay),
                    "x", Fmt.coord(x), "y", Fmt.coord(plotBottom + 18), "text-anchor", "middle");
        }
        svg.close("g").newline();

        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = TOP + ROW * i + ROW / 2.0;
            long lagMinutes = Math.max(0, Duration.between(start, row.firstAt()).toMinutes());
            double startX = LABEL_WIDTH + (startMinute - axisStart) / axisMinutes * plotWidth;
            double x = Math.min(WIDTH - RIGHT, startX + lagMinutes / axisMinutes * plotWidth);
            double radius = 4 + 5 * Math.sqrt(row.articles() / (double) Math.max(1, maxArticles));
            String lag = Fmt.lag(Duration.ofMinutes(lagMinutes));
            svg.open("g", "class", "coverage", "data-series", row.key());
            svg.element("title", row.name() + ": first article " + dates.dayTime(row.firstAt()) + " (" + lag + "), "
                    + Fmt.count(row.articles()) + (row.articles() == 1 ? " article" : " articles"));
            svg.element("text", Fmt.truncate(row.name(), 22), "class", "label", "x", Fmt.coord(LABEL_WIDTH - 12),
                    "y", Fmt.coord(y + 4), "text-anchor", "end");
            svg.empty("line", "class", "lag", "x1", Fmt.coord(startX), "x2", Fmt.coord(x), "y1", Fmt.coord(y),
                    "y2", Fmt.coord(y), "stroke", row.colour());
            svg.empty("circle", "cx", Fmt.coord(x), "cy", Fmt.coord(y), "r", Fmt.coord(radius), "fill", row.colour());
            svg.element("text", Fmt.count(row.articles()) + " \u00b7 " + lag, "class", "value",
                    "x", Fmt.coord(x + radius + 6), "y", Fmt.coord(y + 4));
            svg.close("g").newline();
        }
        return svg.close("svg").toString();
    }

    private static Instant minute(long epochMinute) {
        return Instant.ofEpochSecond(epochMinute * 60);
    }
}
