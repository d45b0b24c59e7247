package io.newsaggregator.app.presentation;

/** Markup shared by the report's sections. */
final class Sections {
    private Sections() {
    }

    static void open(Html html, String id, String heading, String intro) {
        html.open("section", "id", id, "aria-labelledby", id + "-heading");
        html.element("h2", heading, "id", id + "-heading");
        if (intro != null) {
            html.element("p", intro, "class", "intro");
        }
    }

    static void close(Html html) {
        html.close("section").newline();
    }

    static void noData(Html html, String what) {
        html.element("p", "No data yet: " + what, "class", "empty");
    }

    static void chart(Html html, String svg) {
        html.open("div", "class", "chart-wrap").raw(svg).close("div");
    }

    static void numberCell(Html html, String text) {
        html.element("td", text, "class", "num");
    }

    static void swatch(Html html, String colour) {
        html.open("span", "class", "swatch", "style", "background:" + colour, "aria-hidden", "true").close("span");
    }

    static void bar(Html html, double fraction, String colour) {
        String width = Fmt.coord(Math.max(0, Math.min(1, fraction)) * 100) + "%";
        html.open("span", "class", "minibar", "aria-hidden", "true")
                .open("span", "style", "width:" + width + ";background:" + colour).close("span")
                .close("span");
    }
}
