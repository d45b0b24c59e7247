package io.newsaggregator.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article title read from markup alone, for pages without title metadata. */
final class PageTitles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|:|·|»)\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_HEADING_WORDS = 4;

    private PageTitles() {
    }

    /**
     * The first {@code <h1>} that the document title repeats; else the first {@code <h1>} long
     * enough to be a headline (menus and logos are h1 on some sites); else the document title
     * without a trailing site name.
     */
    static String fromMarkup(Document document, List<String> siteNames) {
        String pageTitle = Texts.clean(document.title());
        String titleKey = key(pageTitle);
        List<Element> headings = document.select("h1");
        for (Element h1 : headings) {
            String text = Texts.clean(h1.text());
            if (!text.isEmpty() && !titleKey.isEmpty() && titleKey.contains(key(text))) {
                return text;
            }
        }
        for (Element h1 : headings) {
            String text = Texts.clean(h1.text());
            if (text.split(" ").length >= MIN_HEADING_WORDS) {
                return text;
            }
        }
        return pageTitle.isEmpty() ? null : withoutSiteName(pageTitle, siteNames);
    }

    static String withoutSiteName(String title, List<String> siteNames) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = key(parts[parts.length - 1]);
        for (String site : siteNames) {
            String siteKey = key(site);
            if (!siteKey.isEmpty() && (last.contains(siteKey) || siteKey.contains(last))) {
                return Texts.clean(title.substring(0, title.lastIndexOf(parts[parts.length - 1])))
                        .replaceAll("\\s*(?:\\||-|–|—|::|:|·|»)$", "");
            }
        }
        return title;
    }

    private static String key(String text) {
        return NOT_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
