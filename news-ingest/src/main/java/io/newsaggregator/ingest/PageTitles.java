package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline: the page's {@code <h1>} that its title metadata agrees with (pages carry
 * several, for the logo, the headline and a newsletter box), else the first one that reads like a
 * headline, else the title metadata without the site name.
 */
final class PageTitles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|:|·|»)\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_HEADING_WORDS = 4;
    private static final int MAX_HEADING_WORDS = 40;
    private static final double AGREEING_SHARE = 0.5;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private PageTitles() {
    }

    /** The last part of a title that names its site after a separator ("Post | Jane Doe"), else null. */
    static String siteSuffix(String title) {
        String[] parts = SEPARATOR.split(Texts.clean(title == null ? "" : title));
        return parts.length < 2 ? null : parts[parts.length - 1];
    }

    /**
     * @param metadataTitles the titles the page's metadata gives (JSON-LD headline, og:title, ...), nulls ignored
     * @param siteNames      names of the site, never the headline
     */
    static String headline(Document document, List<String> metadataTitles, List<String> siteNames) {
        Set<String> metadataWords = new HashSet<>();
        String metadata = null;
        for (String title : metadataTitles) {
            if (title != null) {
                metadataWords.addAll(words(title));
                metadata = metadata == null ? title : metadata;
            }
        }
        metadataWords.addAll(words(document.title()));
        Set<String> sites = new HashSet<>();
        siteNames.forEach(site -> sites.add(key(site)));
        String first = null;
        String best = null;
        double bestShare = AGREEING_SHARE;
        for (Element h1 : document.select("h1")) {
            String text = Texts.clean(h1.text());
            List<String> words = words(text);
            if (words.isEmpty() || words.size() > MAX_HEADING_WORDS || sites.contains(key(text))) {
                continue;
            }
            first = first == null ? text : first;
            long shared = words.stream().filter(metadataWords::contains).count();
            double share = (double) shared / words.size();
            if (share > bestShare) {
                best = text;
                bestShare = share;
            }
        }
        if (best != null) {
            return best;
        }
        if (first != null) {
            return first;
        }
        return metadata != null ? withoutSiteName(metadata, siteNames) : fromMarkup(document, siteNames);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
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
