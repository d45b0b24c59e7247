package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code <meta>} values by {@code property}, {@code name} or {@code itemprop}. */
final class MetaTags {
    private final List<Element> metas;

    MetaTags(Document document) {
        this.metas = document.select("meta[content]");
    }

    /** The first non-blank content of a meta tag with one of the given keys (case-insensitive), or null. */
    String first(String... keys) {
        for (String key : keys) {
            for (Element meta : metas) {
                if (matches(meta, key)) {
                    String content = Texts.clean(meta.attr("content"));
                    if (!content.isEmpty()) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    /** Every non-blank content of meta tags with the given key, in document order. */
    List<String> all(String key) {
        List<String> values = new ArrayList<>();
        for (Element meta : metas) {
            if (matches(meta, key)) {
                String content = Texts.clean(meta.attr("content"));
                if (!content.isEmpty()) {
                    values.add(content);
                }
            }
        }
        return values;
    }

    private static boolean matches(Element meta, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return meta.attr("property").toLowerCase(Locale.ROOT).equals(k)
                || meta.attr("name").toLowerCase(Locale.ROOT).equals(k)
                || meta.attr("itemprop").toLowerCase(Locale.ROOT).equals(k)
                || meta.attr("http-equiv").toLowerCase(Locale.ROOT).equals(k);
    }
}
