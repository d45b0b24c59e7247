package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells which parts of a page belong to the article and which are lists of other stories.
 *
 * <p>A container whose class says "sidebar" or "related" only counts as boilerplate when it does
 * not also hold the headline: layout wrappers are often named after the sidebar next to them.
 * For the same reason a class that only describes a layout modifier ({@code with-right-rail},
 * {@code has-sidebar}, {@code no-sidebar}) does not count. Quotations and embedded posts
 * ({@code <blockquote>}, as tweets and Instagram posts are embedded) carry their own dates and
 * count as boilerplate, as do feeds of other sites' stories.
 */
final class PageRegions {

    private static final Set<String> BOILERPLATE_TAGS = Set.of("aside", "footer", "nav", "form", "noscript", "blockquote");
    // matched at the start of a word so "titraille" or "layoutRightSidebar" do not count
    private static final Pattern BOILERPLATE_HINTS = Pattern.compile(
            "(?<![a-z])(?:related|sidebar|comment|recommend|promo(?!ted)|footer|navigation|menu|newsletter"
            + "|most-?read|most-?popular|popular|trending|more-?stories|more-?news|also-?read|read-?more|rail"
            + "|carousel|slider|swiper|slick-|ticker|breaking|latest|outbrain|taboola|advert|banner|cookie|weitere"
            + "|empfehlung|mehr-?zum|similar|next-?article|prev-?article|topstories|top-?news|headlines|feed(?!back))",
            Pattern.CASE_INSENSITIVE);
    // "with-right-rail" names the wrapper of an article and the rail beside it, not the rail
    private static final Pattern LAYOUT_MODIFIER = Pattern.compile(
            "(?<![a-z])(?:with|has|no|without)[-_][a-z0-9_-]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER_OR_ASIDE = Pattern.compile("\\b(?:footer|aside)\\b");
    private static final Pattern POST_CONTAINER = Pattern.compile(
            "(?<![a-z])(?:entry|post|article|node|asset|story)(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_HINTS = Pattern.compile(
            "article|story|post|entry|content|main|header|headline|byline", Pattern.CASE_INSENSITIVE);

    private final Element headline;
    private final Set<Element> aroundHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Boolean> boilerplate = new IdentityHashMap<>();

    PageRegions(Document document) {
        this.headline = findHeadline(document);
        if (headline != null) {
            aroundHeadline.add(headline);
            aroundHeadline.addAll(headline.parents());
        }
    }

    /**
     * The first {@code <h1>} of the article, else of the page; pages without one often put the
     * headline in an {@code <h2>}/{@code <h3>} whose text the title repeats.
     */
    private static Element findHeadline(Document document) {
        Element h1 = document.selectFirst("article h1, main h1, h1[itemprop=headline]");
        if (h1 == null) {
            h1 = document.selectFirst("h1");
        }
        if (h1 != null) {
            return h1;
        }
        Element ogTitle = document.selectFirst("meta[property=og:title]");
        String title = (document.title() + " " + (ogTitle == null ? "" : ogTitle.attr("content")))
                .toLowerCase(Locale.ROOT);
        for (Element heading : document.select("h2, h3")) {
            String text = heading.text().strip().toLowerCase(Locale.ROOT);
            if (text.length() >= 12 && title.contains(text)) {
                return heading;
            }
        }
        return null;
    }

    /** The article's headline, or null when the page has no {@code <h1>}. */
    Element headline() {
        return headline;
    }

    /** True when the element sits in navigation, footers, sidebars or lists of other articles. */
    boolean isBoilerplate(Element element) {
        // iterative, memoised walk up the tree: deeply nested pages must not exhaust the stack
        List<Element> unknown = new ArrayList<>();
        boolean result = false;
        for (Element e = element; e != null; e = e.parent()) {
            if ("body".equals(e.normalName()) || aroundHeadline.contains(e)) {
                break;
            }
            Boolean known = boilerplate.get(e);
            if (known != null) {
                result = known;
                break;
            }
            unknown.add(e);
        }
        for (int i = unknown.size() - 1; i >= 0; i--) {
            Element e = unknown.get(i);
            result = result || isBoilerplateItself(e);
            boilerplate.put(e, result);
        }
        return result;
    }

    private static boolean isBoilerplateItself(Element e) {
        if (BOILERPLATE_TAGS.contains(e.normalName()) && !isArticleMetadata(e)) {
            return true;
        }
        String hints = LAYOUT_MODIFIER.matcher(e.className() + " " + e.id()).replaceAll(" ");
        return !hints.isBlank() && BOILERPLATE_HINTS.matcher(hints).find() && !isArticleMetadata(e)
                && !hints.toLowerCase(Locale.ROOT).contains("article-header");
    }

    /**
     * A footer or aside of an article or blog entry carries the post's own metadata (author, date),
     * not other stories.
     */
    private static boolean isArticleMetadata(Element e) {
        String name = (e.normalName() + " " + e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (!FOOTER_OR_ASIDE.matcher(name).find() || name.contains("related")) {
            return false;
        }
        if (e.closest("article") != null) {
            return true;
        }
        Element parent = e.parent();
        return parent != null && POST_CONTAINER.matcher(parent.className() + " " + parent.id()).find();
    }

    /** True when an ancestor is an article, main part or page header. */
    static boolean isInArticle(Element element) {
        for (Element e = element; e != null && !"body".equals(e.normalName()); e = e.parent()) {
            String tag = e.normalName();
            if ("article".equals(tag) || "main".equals(tag) || "header".equals(tag)) {
                return true;
            }
            String hints = e.className() + " " + e.id();
            if (!hints.isBlank() && ARTICLE_HINTS.matcher(hints).find()) {
                return true;
            }
        }
        return false;
    }

    /** Class, id and itemprop of the element and its parent, lower-cased, for hint matching. */
    static String hints(Element element) {
        StringBuilder sb = new StringBuilder();
        Element e = element;
        for (int i = 0; i < 2 && e != null; i++, e = e.parent()) {
            sb.append(e.className()).append(' ').append(e.id()).append(' ').append(e.attr("itemprop")).append(' ');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
