package io.newsaggregator.ingest;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds article links on section and home pages with jsoup: the portal's CSS selector when it has
 * one, otherwise same-site links in the page's main listing whose paths look like articles, by
 * the general rules or by the shapes of the portal's known articles.
 */
final class JsoupLinkDiscoverer implements LinkDiscoverer {
    private static final Logger log = LoggerFactory.getLogger(JsoupLinkDiscoverer.class);
    /** Article links kept per page: a section page links to tens or hundreds; a page of 100,000 is hostile. */
    static final int MAX_LINKS = 5_000;
    private static final Set<String> FEED_TYPES =
            Set.of("application/rss+xml", "application/atom+xml", "application/feed+json");
    private static final Set<String> GENERIC_ANCHORS = Set.of(
            "read more", "more", "continue reading", "full story", "weiterlesen", "mehr", "lire la suite",
            "leer más", "leer mas", "continua a leggere", "click here", "here", "video", "watch", "listen");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int HEADLINE_LETTERS = 8;

    private final UrlCanonicalizer canonicalizer;

    JsoupLinkDiscoverer(UrlCanonicalizer canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    @Override
    public List<DiscoveredLink> articleLinks(FetchedPage page, String linkSelector, Collection<String> knownArticleUrls) {
        Objects.requireNonNull(page, "page");
        Document document = HtmlParser.parse(page);
        String site = page.finalUrl();
        if (linkSelector != null && !linkSelector.isBlank()) {
            return collect(site, anchorsSelected(page, document, linkSelector), url -> Acceptance.ANY_TEXT);
        }
        ArticleUrlShapes shapes = ArticleUrlShapes.learn(knownArticleUrls == null ? List.of() : knownArticleUrls, site);
        return collect(site, MainListing.anchors(document), url -> {
            if (!RegistrableDomains.sameSite(url, site)) {
                return Acceptance.NO;
            }
            if (ArticleUrlHeuristics.looksLikeArticle(url)) {
                return Acceptance.ANY_TEXT;
            }
            return shapes.matches(url) ? Acceptance.HEADLINE_ONLY : Acceptance.NO;
        });
    }

    /** Whether a link is taken; a link taken by its learned shape alone needs a headline somewhere on the page. */
    private enum Acceptance {
        NO, ANY_TEXT, HEADLINE_ONLY
    }

    private List<DiscoveredLink> collect(String site, List<Element> anchors, Function<String, Acceptance> accept) {
        Map<String, String> titlesByUrl = new LinkedHashMap<>();
        Set<String> needHeadline = new HashSet<>();
        Set<String> headlined = new HashSet<>();
        for (Element anchor : anchors) {
            if (titlesByUrl.size() >= MAX_LINKS) {
                log.info("{} links to more than {} articles; the rest are not read", site, MAX_LINKS);
                break;
            }
            Optional<String> canonical = canonicalizer.canonicalize(anchor.absUrl("href"));
            if (canonical.isEmpty()) {
                continue;
            }
            String url = canonical.get();
            Acceptance acceptance = titlesByUrl.containsKey(url) ? null : accept.apply(url);
            if (acceptance == Acceptance.NO) {
                continue;
            }
            if (acceptance == Acceptance.HEADLINE_ONLY) {
                needHeadline.add(url);
            }
            String text = anchorText(anchor);
            if (readsAsHeadline(text)) {
                headlined.add(url);
            }
            String title = meaningfulTitle(text);
            titlesByUrl.merge(url, title == null ? "" : title, (old, now) -> old.isEmpty() ? now : old);
        }
        List<DiscoveredLink> links = new ArrayList<>(titlesByUrl.size());
        titlesByUrl.forEach((url, title) -> {
            if (headlined.contains(url) || !needHeadline.contains(url)) {
                links.add(new DiscoveredLink(url, title.isEmpty() ? null : title, null, List.of()));
            }
        });
        return links;
    }

    @Override
    public List<String> feedLinks(FetchedPage page) {
        Objects.requireNonNull(page, "page");
        Set<String> feeds = new LinkedHashSet<>();
        for (Element link : HtmlParser.parse(page).select("link[rel~=(?i)alternate][type][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            int semicolon = type.indexOf(';');
            if (semicolon >= 0) {
                type = type.substring(0, semicolon).strip();
            }
            if (FEED_TYPES.contains(type)) {
                String absolute = link.absUrl("href");
                if (absolute.startsWith("http://") || absolute.startsWith("https://")) {
                    feeds.add(absolute);
                }
            }
        }
        return List.copyOf(feeds);
    }

    private static List<Element> anchorsSelected(FetchedPage page, Document document, String selector) {
        Elements selected;
        try {
            selected = document.select(selector);
        } catch (Selector.SelectorParseException e) {
            throw new MalformedContentException(page.finalUrl(),
                    "link selector '" + selector + "' for " + page.finalUrl() + " is not valid CSS: " + e.getMessage(), e);
        }
        List<Element> anchors = new ArrayList<>();
        for (Element e : selected) {
            if (e.hasAttr("href")) {
                anchors.add(e);
            } else {
                Element inner = e.selectFirst("a[href]");
                Element outer = e.closest("a[href]");
                if (inner != null) {
                    anchors.add(inner);
                } else if (outer != null) {
                    anchors.add(outer);
                }
            }
        }
        return anchors;
    }

    private static String anchorText(Element anchor) {
        String text = SPACES.matcher(anchor.text()).replaceAll(" ").strip();
        return text.isEmpty() ? SPACES.matcher(anchor.attr("title")).replaceAll(" ").strip() : text;
    }

    /**
     * Whether a link's text could be a story's headline: a link taken by its learned shape alone
     * needs one ("Golden Skepticism" does, "More", "Live" or an image do not).
     */
    private static boolean readsAsHeadline(String text) {
        return !text.isEmpty() && !GENERIC_ANCHORS.contains(text.toLowerCase(Locale.ROOT))
                && text.codePoints().filter(Character::isLetter).count() >= HEADLINE_LETTERS;
    }

    /** The anchor text as the link's title when it reads like a headline; a bare "More" or an image link gives none. */
    private static String meaningfulTitle(String text) {
        if (text.isEmpty() || GENERIC_ANCHORS.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        boolean spaced = text.indexOf(' ') > 0;
        return spaced && text.split(" ").length >= 3 || !spaced && letters >= 8 ? text : null;
    }
}
