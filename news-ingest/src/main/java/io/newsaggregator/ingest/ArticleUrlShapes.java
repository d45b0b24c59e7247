package io.newsaggregator.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The article-URL shapes of one portal, learned from URLs known to be its articles (what its feeds
 * and sitemaps list, what is stored): a link whose path has a shape at least {@link #MIN_SUPPORT}
 * distinct known articles share is taken as an article. One literal segment may vary (the section
 * in {@code /sport/football/articles/{opaque}}) once several values of it were seen, none of them
 * dominant. Shapes
 * made only of literal words and short slugs are never learned: that is what section pages look like.
 */
final class ArticleUrlShapes {
    /** Distinct known article URLs a shape needs before links of that shape are taken. */
    static final int MIN_SUPPORT = 3;
    /** Distinct values a literal segment needs, none of them holding more than half the support, to vary. */
    private static final int MIN_VARIANTS = 3;
    /** Known URLs read per model: the shapes of a portal show in its first few hundred. */
    static final int MAX_KNOWN = 2_000;

    private static final ArticleUrlShapes NONE = new ArticleUrlShapes(Map.of(), Map.of());

    private final Map<String, Integer> supportByShape;
    private final Map<String, Variants> variantsByWildcard;

    /** The values one literal segment of a shape took, with how many known articles took each. */
    private static final class Variants {
        int support;
        final Map<String, Integer> values = new HashMap<>();

        /**
         * A segment varies (a section name) when it took several values and none dominates; one value
         * seen mostly, next to a few others ({@code articles} next to {@code live}), names a kind of page.
         */
        boolean varies() {
            return values.size() >= MIN_VARIANTS && values.values().stream().allMatch(n -> n * 2 <= support);
        }
    }

    private ArticleUrlShapes(Map<String, Integer> supportByShape, Map<String, Variants> variantsByWildcard) {
        this.supportByShape = supportByShape;
        this.variantsByWildcard = variantsByWildcard;
    }

    static ArticleUrlShapes none() {
        return NONE;
    }

    /**
     * Learns the shapes of the known article URLs that are on the same site as {@code siteUrl};
     * others are ignored, as are duplicates and tag, topic, author, section and search pages (which
     * a sitemap may list).
     */
    static ArticleUrlShapes learn(Collection<String> knownArticleUrls, String siteUrl) {
        if (knownArticleUrls.isEmpty()) {
            return NONE;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String url : knownArticleUrls) {
            if (distinct.size() >= MAX_KNOWN) {
                break;
            }
            if (url != null && RegistrableDomains.sameSite(url, siteUrl) && !ArticleUrlHeuristics.isListing(url)) {
                distinct.add(withoutQueryOrTrailingSlash(url));
            }
        }
        Map<String, Integer> support = new HashMap<>();
        Map<String, Variants> wildcards = new HashMap<>();
        for (String url : distinct) {
            Optional<UrlShape> parsed = UrlShape.of(url);
            if (parsed.isEmpty() || !parsed.get().identifiesAnItem()) {
                continue;
            }
            UrlShape shape = parsed.get();
            support.merge(shape.key(), 1, Integer::sum);
            for (int i = 0; i < shape.segments().size(); i++) {
                UrlShape.Segment segment = shape.segments().get(i);
                if (segment.kind() == UrlShape.Kind.LITERAL) {
                    Variants v = wildcards.computeIfAbsent(shape.keyWithWildcardAt(i), k -> new Variants());
                    v.support++;
                    v.values.merge(segment.literal(), 1, Integer::sum);
                }
            }
        }
        return new ArticleUrlShapes(Map.copyOf(support), Map.copyOf(wildcards));
    }

    /** Distinct known articles sharing the link's shape (one varying literal allowed); 0 when none. */
    int support(String absoluteUrl) {
        Optional<UrlShape> parsed = UrlShape.of(absoluteUrl);
        if (parsed.isEmpty() || !parsed.get().identifiesAnItem()) {
            return 0;
        }
        UrlShape shape = parsed.get();
        int best = supportByShape.getOrDefault(shape.key(), 0);
        for (int i = 0; i < shape.segments().size(); i++) {
            if (shape.segments().get(i).kind() == UrlShape.Kind.LITERAL) {
                Variants v = variantsByWildcard.get(shape.keyWithWildcardAt(i));
                if (v != null && v.varies()) {
                    best = Math.max(best, v.support);
                }
            }
        }
        return best;
    }

    boolean matches(String absoluteUrl) {
        return !supportByShape.isEmpty() && support(absoluteUrl) >= MIN_SUPPORT;
    }

    boolean isEmpty() {
        return supportByShape.isEmpty();
    }

    /** One key per page: {@code /a/b/?utm=x} and {@code /a/b} are the same known article. */
    private static String withoutQueryOrTrailingSlash(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String base = url.substring(0, cut);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
