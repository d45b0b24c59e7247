package io.newsaggregator.ingest;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is never article text before the main text is searched for: scripts, forms,
 * navigation, asides, captions, hidden elements, and elements whose class or id name a comment,
 * share, related, promo, newsletter or advert block. A structural or hinted element holding a
 * large share of the page's text is kept, because some sites wrap the whole page in a
 * {@code <form>} or give the article container a class such as {@code has-share-bar}.
 */
final class BoilerplateCleaner {
    private static final Set<String> ALWAYS_DROP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "figcaption", "dialog",
            "link", "meta", "audio", "video", "source", "picture", "map");
    private static final Set<String> STRUCTURAL_DROP = Set.of("nav", "aside", "footer", "header", "form", "menu");
    private static final Set<String> NEVER_DROP = Set.of("html", "body", "main");
    /** Share of the page's text above which a container is kept despite its tag or class. */
    private static final double LARGE_SHARE = 0.4;

    private final boolean classHints;

    /** A cleaner that also drops elements whose class or id names boilerplate. */
    BoilerplateCleaner() {
        this(true);
    }

    /**
     * @param classHints whether class and id names may drop an element; without them only tags,
     *                   roles, visibility and comment sections do (the lenient pass for pages whose
     *                   builder gives every text block a class such as {@code widget})
     */
    BoilerplateCleaner(boolean classHints) {
        this.classHints = classHints;
    }

    /**
     * Cleans the subtree below {@code root} in place; the root itself is kept.
     *
     * @return the length of the paragraph text removed for a class or id name alone (not for its
     *         tag, role or visibility): what a pass without class hints might still find
     */
    int clean(Element root) {
        TextStats stats = new TextStats(root);
        int total = Math.max(1, stats.chars(root));
        Map<Element, Integer> paragraphText = paragraphTextByAncestor(root);
        int paragraphTotal = Math.max(1, paragraphText.getOrDefault(root, 0));
        int[] droppedByHint = {0};
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (element.normalName().equals("figure") && element.selectFirst("blockquote") == null
                        && stats.chars(element) < 300) {
                    return FilterResult.REMOVE;
                }
                if (ALWAYS_DROP.contains(element.normalName())
                        || ClassHints.comments(element) && !ClassHints.positive(element)) {
                    return FilterResult.REMOVE;
                }
                if (!drop(element)) {
                    return FilterResult.CONTINUE;
                }
                int paragraphs = paragraphText.getOrDefault(element, 0);
                boolean large = stats.chars(element) >= LARGE_SHARE * total || paragraphs >= LARGE_SHARE * paragraphTotal;
                if (large) {
                    return FilterResult.CONTINUE;
                }
                if (classHints && !STRUCTURAL_DROP.contains(element.normalName()) && !isHidden(element)
                        && !ClassHints.negativeRole(element)) {
                    droppedByHint[0] += paragraphs;
                }
                return FilterResult.REMOVE;
            }
        });
        return droppedByHint[0];
    }

    /** Whether the element is boilerplate by tag, visibility or class, before its size is considered. */
    private boolean drop(Element element) {
        String tag = element.normalName();
        if (NEVER_DROP.contains(tag)) {
            return false;
        }
        return STRUCTURAL_DROP.contains(tag) || isHidden(element)
                || (classHints ? ClassHints.negative(element) : ClassHints.negativeRole(element));
    }

    /** Length of paragraph text below each element: what a whole-article wrapper holds most of. */
    private static Map<Element, Integer> paragraphTextByAncestor(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (Element p : root.getElementsByTag("p")) {
            int length = p.text().length();
            for (Element e = p; e != null; e = e.parent()) {
                lengths.merge(e, length, Integer::sum);
                if (e == root) {
                    break;
                }
            }
        }
        return lengths;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
