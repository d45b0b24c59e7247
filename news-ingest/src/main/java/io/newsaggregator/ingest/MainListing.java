package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The links of a section page's main listing: not in the navigation, banner, footer or a side bar,
 * not in a "more" grid, a sponsored widget, a tag list or a byline; and, when the page marks its
 * main content ({@code <main>}, {@code role=main}) and links from there, only those.
 */
final class MainListing {
    /**
     * Class or id words of page parts that are not the listing: navigation, footers, side bars,
     * "more from" grids, sponsored widgets, tag lists, bylines and share bars. Words such as
     * "related" or "promo" are left out: portals name their own story lists so.
     */
    private static final Set<String> CHROME_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "megamenu", "footer", "breadcrumb", "breadcrumbs", "sidebar",
            "more", "sponsored", "outbrain", "taboola", "tags", "taglist", "byline", "share", "social");
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
    /** Links a marked main area must hold before links outside it are ignored. */
    private static final int MAIN_MIN_LINKS = 3;

    private MainListing() {
    }

    static List<Element> anchors(Document document) {
        List<Element> read = new ArrayList<>();
        BitSet inMain = new BitSet();
        Elements anchors = document.select("a[href]");
        Map<Element, Boolean> wrappers = new IdentityHashMap<>();
        Predicate<Element> namedChrome = e -> namedAsChrome(e)
                && !wrappers.computeIfAbsent(e, x -> x.select("a[href]").size() * 2 > anchors.size());
        for (Element a : anchors) {
            Placement placement = placementOf(a, namedChrome);
            if (placement != Placement.CHROME) {
                inMain.set(read.size(), placement == Placement.MAIN);
                read.add(a);
            }
        }
        if (inMain.cardinality() < MAIN_MIN_LINKS || inMain.cardinality() == read.size()) {
            return read;
        }
        List<Element> main = new ArrayList<>(inMain.cardinality());
        inMain.stream().forEach(i -> main.add(read.get(i)));
        return main;
    }

    private enum Placement {
        CHROME, MAIN, ELSEWHERE
    }

    /**
     * Walks up from the anchor. A header or footer within an article teaser is part of the teaser,
     * not page chrome; a nav, aside or promoted grid is chrome wherever it is. An element named like
     * chrome that holds most of the page's links is a page wrapper ({@code class="has-sidebar"}), not chrome.
     */
    private static Placement placementOf(Element anchor, Predicate<Element> namedChrome) {
        boolean headerOrFooter = false;
        boolean inTeaser = false;
        boolean inMain = false;
        for (Element e = anchor.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            String role = e.attr("role");
            if (tag.equals("nav") || tag.equals("aside") || role.equals("navigation") || role.equals("banner")
                    || role.equals("contentinfo") || role.equals("complementary") || e.attr("aria-hidden").equals("true")) {
                return Placement.CHROME;
            }
            if (tag.equals("main") || role.equals("main")) {
                inMain = true;
            } else if (!tag.equals("body") && !tag.equals("html") && namedChrome.test(e)) {
                return Placement.CHROME;
            }
            if (tag.equals("article")) {
                inTeaser = true;
                headerOrFooter = false;
            }
            headerOrFooter |= !inTeaser && (tag.equals("header") || tag.equals("footer"));
        }
        if (headerOrFooter) {
            return Placement.CHROME;
        }
        return inMain ? Placement.MAIN : Placement.ELSEWHERE;
    }

    private static boolean namedAsChrome(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String word : WORD_BREAK.split(names)) {
            if (CHROME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
