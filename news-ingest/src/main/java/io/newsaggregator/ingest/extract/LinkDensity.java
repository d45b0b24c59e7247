package io.newsaggregator.ingest.extract;

import org.jsoup.nodes.Element;

/** Share of an element's text that sits inside links. */
final class LinkDensity {
    private LinkDensity() {
    }

    static double of(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : element.getElementsByTag("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / total);
    }
}
