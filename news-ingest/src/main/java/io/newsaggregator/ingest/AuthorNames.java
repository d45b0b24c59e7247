package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw byline values into person names: strips "By"-style prefixes, splits "A and B" and
 * "A, B", drops agencies, desks, site names, e-mail addresses and URLs, and removes duplicates.
 */
final class AuthorNames {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?i)(?:(?:\\p{L}+\\s+){0,3}?by|von|par|por|di|door|av|af)\\b[:\\s]*");
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|\\||/|\\s&\\s|\\s(?:and|with|und|mit|et|avec|y|con|e|com|en|og|och|i)\\s)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Photo, illustration and video credits name people who did not write the article. */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?i)(?:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?|video|foto(?:s|grafie)?"
                    + "|(?:medically\\s+|expert\\s+)?reviewed|fact[- ]?checked|edited|design|code)\\b.*");
    /** Words of the page's interface that sit where a byline would: "Full Bio", "Member Login", "Updated March". */
    private static final Pattern INTERFACE_WORD = Pattern.compile(
            "(?i)\\b(?:bio|written|login|log in|sign in|account|type|updated|published|posted|strategy|case|author|authors"
                    + "|reviewer|share|subscribe|search|menu|read|minutes?|min|loading|bluesky|twitter|facebook"
                    + "|linkedin|instagram|mastodon|threads|youtube|tiktok|reddit|email)\\b");
    /** Template keys and user handles ("page.head.author", "jane.doe") are not what a page shows as a byline. */
    private static final Pattern DOTTED_KEY = Pattern.compile("\\p{L}{2,}\\.\\p{L}{2,}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> NOT_PEOPLE = Set.of("staff", "reuters", "associated press", "ap", "afp", "dpa",
            "ani", "pti", "ians", "upi", "bloomberg", "admin", "administrator", "editor", "editors", "editorial",
            "editorial board", "editorial staff", "the editors", "news desk", "newsdesk", "web desk", "desk",
            "team", "guest", "anonymous", "unknown", "contributor", "correspondent", "reporter", "writer",
            "staff writer", "staff reporter", "columnist", "photographer", "press release", "wire", "wires",
            "agencies", "agency", "news", "bbc news", "cnn", "jr", "jr.", "sr", "sr.", "more", "follow");
    private static final Pattern NOT_PERSON_WORD = Pattern.compile(
            "(?i)\\b(?:staff|desk|team|newsroom|agenc(?:y|ies)|wire|editors|press|news|nachrichten|noticias|redaktion"
                    + "|rédaction|redacción|redazione|contributors|media)\\b");
    /** Names a publishing system fills in by itself. */
    private static final Set<String> PLACEHOLDERS = Set.of("admin", "administrator", "anonymous", "unknown", "user",
            "wordpress", "root", "webmaster");
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "(?i)\\b(?:blog|blogs|inc|llc|ltd|gmbh|co|corp|company|group|labs?|studios?|shop|store|solutions|services"
                    + "|consulting|university|college|school|institute|foundation|association|society|club|magazine"
                    + "|journal|times|post|daily|weekly|review|tech|digital|software|systems|network|health|clinic"
                    + "|dental|care|law|bank|capital|partners|hotels?|collective|online|academy|center|centre|hub"
                    + "|official|global|international|marketing|design|app|apps|data|cloud|ai|home|garden|kitchen"
                    + "|travel|food|guide|guides|world|life|living|the|of|and|for)\\b");
    /** "Castillo", "O'Neil", "Anna-Lena", "J." — not "WIRED" or "iPhone". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*(?:[-'’]\\p{Lu}?\\p{Ll}+)*\\.?");
    private static final Pattern DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 5;
    private static final int MAX_LENGTH = 60;

    private AuthorNames() {
    }

    /**
     * @param raw       byline values in order of preference
     * @param siteNames names of the site and its publisher (never authors); blanks are ignored
     */
    static List<String> clean(List<String> raw, List<String> siteNames) {
        List<String> sites = new ArrayList<>();
        for (String site : siteNames) {
            String key = key(site);
            if (!key.isEmpty()) {
                sites.add(key);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : raw) {
            if (value == null || CREDIT.matcher(Texts.clean(value)).matches()) {
                continue;
            }
            for (String part : split(value)) {
                String name = cleanOne(part);
                if (name != null && !sites.contains(key(name))) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return List.copyOf(names.values());
    }

    /**
     * The parties a page credits when it names no person: an organisation, a team or a desk, as
     * written, without "By" prefixes, addresses, URLs or dates.
     */
    static List<String> credited(List<String> raw) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : raw) {
            String name = value == null ? "" : Texts.clean(PREFIX.matcher(Texts.clean(value)).replaceFirst(""));
            if (name.isEmpty() || name.contains("@") || name.contains("://") || name.startsWith("www.")
                    || name.length() > MAX_LENGTH || !LETTER.matcher(name).find() || DIGITS.matcher(name).find()
                    || PLACEHOLDERS.contains(name.toLowerCase(Locale.ROOT)) || INTERFACE_WORD.matcher(name).find()
                    || DOTTED_KEY.matcher(name).find()) {
                continue;
            }
            names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        return List.copyOf(names.values());
    }

    /**
     * The site's name when it is a person's ("Jane Doe" as a one-person blog names itself), else null:
     * two or three capitalised words, none of them a word organisations use.
     */
    static String personalSite(List<String> siteNames) {
        for (String site : siteNames) {
            String name = site == null ? null : cleanOne(site);
            if (name != null && !ORGANISATION_WORD.matcher(name).find() && name.equals(Texts.clean(site))) {
                String[] words = name.split("\\s+");
                boolean capitalised = words.length >= 2 && words.length <= 3;
                for (String word : words) {
                    capitalised &= NAME_WORD.matcher(word).matches();
                }
                if (capitalised) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String key(String name) {
        return name == null ? "" : NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        if (value == null) {
            return parts;
        }
        String text = Texts.clean(value);
        if (text.contains("@") || text.contains("://") || text.startsWith("www.")) {
            // an address-like value may still carry a name before it: "Jane Doe (jane@example.com)"
            text = text.replaceAll("\\S*(?:@|://|www\\.)\\S*", " ");
        }
        text = text.replaceAll("[()\\[\\]]", " ");
        for (String part : SEPARATORS.split(PREFIX.matcher(Texts.clean(text)).replaceFirst(""))) {
            parts.add(part);
        }
        return parts;
    }

    private static String cleanOne(String part) {
        String name = Texts.clean(PREFIX.matcher(Texts.clean(part)).replaceFirst(""));
        name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
        if (name.codePointCount(0, name.length()) < 2 || name.length() > MAX_LENGTH || !LETTER.matcher(name).find()) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (NOT_PEOPLE.contains(lower) || NOT_PERSON_WORD.matcher(name).find() || INTERFACE_WORD.matcher(name).find()
                || DOTTED_KEY.matcher(name).find()) {
            return null;
        }
        if (name.split("\\s+").length > MAX_WORDS || name.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        return name;
    }
}
