package io.newsaggregator.app.presentation;

/** The opening every chart shares: a scalable {@code <svg>} announced as an image by its title. */
final class Svg {
    private Svg() {
    }

    static Html start(String id, String cssClass, int width, int height, String title) {
        Html svg = new Html();
        svg.open("svg", "class", cssClass, "viewBox", "0 0 " + width + " " + height, "role", "img",
                "aria-labelledby", id + "-title", "id", id, "xmlns", "http://www.w3.org/2000/svg");
        svg.element("title", title, "id", id + "-title").newline();
        return svg;
    }
}
