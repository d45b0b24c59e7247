package io.newsaggregator.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides from its path alone whether a same-site URL probably leads to one article rather than to a
 * listing, a tag, an author, a media gallery or an account page. Articles carry a date segment, a
 * numeric id, a {@code .html} page name or a long hyphenated slug; listings rarely do.
 */
final class ArticleUrlHeuristics {
    /**
     * Segments of pages that list other pages (tags, topics, authors, sections, search results). A
     * sitemap may list such pages too, so they never teach an article shape; a video or a live
     * page may, when the portal's feeds list many.
     */
    private static final Set<String> LISTING_SEGMENTS = Set.of(
            "tag", "tags", "topic", "topics", "themen", "thema", "author", "authors", "autor", "autoren", "auteur",
            "profile", "profiles", "people", "section", "sections", "category", "categories", "categorie",
            "kategorie", "rubrik", "ressort", "search", "suche", "page");
    /** Listings, media hubs, account and service pages: no article by the general rule. */
    private static final Set<String> NAVIGATION_SEGMENTS = Stream.concat(LISTING_SEGMENTS.stream(), Stream.of(
            "video", "videos", "gallery", "galleries", "galerie", "photos",
            "fotos", "photo", "bilder", "login", "signin", "sign-in", "logout", "register", "signup", "sign-up",
            "subscribe", "subscription", "subscriptions", "abo", "abonnement", "newsletter", "newsletters",
            "account", "about", "about-us", "contact", "contact-us", "impressum", "privacy",
            "terms", "cookies", "help", "faq", "rss", "feeds", "feed", "podcasts", "podcast", "weather",
            "horoscope", "horoscopes", "shop", "jobs", "careers", "advertise", "sitemap", "archive", "archives",
            "live-tv", "tv", "radio", "schedule", "games", "puzzles", "crosswords", "obituaries"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern DATE_SEGMENT =
            Pattern.compile("/(19|20)\\d{2}[/-](0?[1-9]|1[0-2])([/-](0?[1-9]|[12]\\d|3[01]))?(/|$|-)|/(19|20)\\d{6}(/|$|[-_])");
    private static final Pattern NUMERIC_ID = Pattern.compile("(^|[^0-9])[0-9]{6,}([^0-9]|$)");
    private static final Pattern PAGE_FILE = Pattern.compile("[^/]{8,}\\.(s?html?|php|aspx?|cms)$");
    private static final Pattern NOT_A_PAGE =
            Pattern.compile("\\.(jpe?g|png|gif|webp|svg|pdf|mp3|mp4|m3u8|zip|xml|rss|json|css|js|ico)$");
    private static final int MIN_SLUG_WORDS = 4;

    private ArticleUrlHeuristics() {
    }

    static boolean looksLikeArticle(String absoluteUrl) {
        String path;
        try {
            path = URI.create(absoluteUrl).getRawPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null || path.length() <= 1) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (NOT_A_PAGE.matcher(lower).find()) {
            return false;
        }
        String[] segments = lower.substring(1).split("/");
        for (String segment : segments) {
            if (NAVIGATION_SEGMENTS.contains(segment)) {
                return false;
            }
        }
        String last = lastNonEmpty(segments);
        return DATE_SEGMENT.matcher(lower).find()
                || NUMERIC_ID.matcher(last).find()
                || PAGE_FILE.matcher(last).find() && wordCount(last) >= 2
                || wordCount(last) >= MIN_SLUG_WORDS;
    }

    /** True when a path segment names a listing: a tag, topic, author, section or search page. */
    static boolean isListing(String absoluteUrl) {
        String path;
        try {
            path = URI.create(absoluteUrl).getRawPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null) {
            return false;
        }
        for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
            if (LISTING_SEGMENTS.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    private static String lastNonEmpty(String[] segments) {
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                return segments[i];
            }
        }
        return "";
    }

    private static int wordCount(String segment) {
        String name = segment.replaceFirst("\\.[a-z]{2,5}$", "");
        int words = 0;
        for (String w : name.split("[-_+]|%20")) {
            if (w.length() >= 2 || !w.isEmpty() && Character.isDigit(w.charAt(0))) {
                words++;
            }
        }
        return words;
    }
}
