package io.newsaggregator.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which elements start a new text block and which flow inside one. */
final class Blocks {
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
            "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
            "var", "wbr", "del", "ins", "strike", "tt", "big", "nobr", "img", "ruby", "rb", "rt", "rp", "rtc", "label",
            "acronym", "output", "math");

    private Blocks() {
    }

    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }
}
