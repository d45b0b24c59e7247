package io.newsaggregator.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about it: boilerplate, main content, or nothing. */
final class ClassHints {
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|share|sharing|social|related|promo|newsletter|advert|sponsor|caption|byline|breadcrumb"
                    + "|sidebar|subscri|signup|sign-up|popup|pop-up|modal|cookie|consent|outbrain|taboola|recommend"
                    + "|most-?popular|most-?read|trending|more-?stories|read-?more|author-?bio|author-?info|toolbar"
                    + "|tooltip|pagination|pager|footer|masthead|navigation|navbar|menu|widget|banner|follow-?us"
                    + "|credit|timestamp|dateline|skip-?link|jump-?link|paywall|ad-?slot|ad-?container|ad-?wrapper"
                    + "|advertisement|dfp|gpt-ad|tags-?list|tag-?list|keywords|print-?only|visually-?hidden"
                    + "|sr-only|screen-?reader|offscreen|rollover|hover-?card|popover");
    /** Embedded posts (tweets, videos) inside the article text are part of it despite a "social" class. */
    private static final Pattern EMBED = Pattern.compile("embed");
    private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "adv", "nav", "tags", "tag", "topics",
            "meta", "hidden", "hide", "rss", "email", "share", "related", "aside", "sharebar", "rail");
    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|respond|reply");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|post|text|blog|story|prose|rich-?text|paragraph|column");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> NEGATIVE_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "menu", "menubar", "toolbar", "dialog", "alert", "search");

    private static final int NEGATIVE_FLAG = 1;
    private static final int POSITIVE_FLAG = 2;
    private static final int COMMENTS_FLAG = 4;
    /** Class strings repeat across a site's pages; the regex work is done once per distinct string. */
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, Integer> CACHE = new ConcurrentHashMap<>();

    private ClassHints() {
    }

    static String of(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (className + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean negative(Element element) {
        return negativeRole(element) || (flags(element) & NEGATIVE_FLAG) != 0;
    }

    /** Whether the element's ARIA role names navigation, a banner, a dialog or other non-article parts. */
    static boolean negativeRole(Element element) {
        return NEGATIVE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
    }

    static boolean comments(Element element) {
        return (flags(element) & COMMENTS_FLAG) != 0;
    }

    static boolean positive(Element element) {
        return (flags(element) & POSITIVE_FLAG) != 0;
    }

    /** Readability's class weight: -25 for a boilerplate hint, +25 for a content hint. */
    static int weight(Element element) {
        int weight = 0;
        if (negative(element)) {
            weight -= 25;
        }
        if (positive(element)) {
            weight += 25;
        }
        return weight;
    }

    private static int flags(Element element) {
        String hints = of(element);
        if (hints.isEmpty()) {
            return 0;
        }
        Integer cached = CACHE.get(hints);
        if (cached != null) {
            return cached;
        }
        int flags = compute(hints);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(hints, flags);
        return flags;
    }

    private static int compute(String hints) {
        int flags = 0;
        if (isNegative(hints)) {
            flags |= NEGATIVE_FLAG;
        }
        if (POSITIVE.matcher(hints).find()) {
            flags |= POSITIVE_FLAG;
        }
        if (COMMENTS.matcher(hints).find()) {
            flags |= COMMENTS_FLAG;
        }
        return flags;
    }

    private static boolean isNegative(String hints) {
        if (EMBED.matcher(hints).find()) {
            return false;
        }
        if (NEGATIVE.matcher(hints).find()) {
            return true;
        }
        for (String token : TOKEN_SPLIT.split(hints)) {
            if (NEGATIVE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
