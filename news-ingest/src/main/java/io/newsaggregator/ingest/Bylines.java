package io.newsaggregator.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Author names written in the page's markup rather than its metadata: elements whose class or id
 * names the author or byline, links to author pages, and short "By Jane Doe" lines. Values are
 * only offered when they look like a person's name; {@link AuthorNames} cleans them further.
 */
final class Bylines {
    private static final Pattern BYLINE_HINT = Pattern.compile("author|byline|writer|creator|posted-?by|written-?by");
    /** Author boxes at the end of a post and pictures carry biographies and alt texts, not bylines. */
    private static final Pattern NOT_BYLINE_HINT = Pattern.compile(
            "bio|description|about|avatar|image|img|photo|picture|social|follow|comment|more-?from|other|related");
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:author|authors|autor|auteur|staff|people|person|profile|profiles|contributors?|writers?"
                    + "|journalists?|team|experts?|producers?|users?|members?)/[^/?#]+/?(?:[?#].*)?$");
    private static final Pattern BY_LINE = Pattern.compile(
            "(?i)^(?:by|written by|posted by|words by|story by|article by|von|par|por|door|di):?\\s+\\S.*");
    /** A label on its own, with the name in the element after it: {@code <p>Written by</p><p>Jane Doe</p>}. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:(?:written|posted|authored|article|story|words|published)\\s+)?by:?|authors?:?|writer:?");
    /** Bylines joined with the date or the reading time: "Dec 19, 2025 · Jane Doe". */
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*[·•|]\\s*|\\s+[—–]\\s+");
    private static final int MAX_CREDIT = 40;
    private static final Pattern PREFIX_LABEL = Pattern.compile("(?i)^(?:written\\s+by|posted\\s+by|by|author):?\\s*");
    private static final Set<String> BY_LINE_TAGS = Set.of("p", "span", "div", "li", "h3", "h4", "h5", "h6");
    private static final Pattern DATE_TAIL = Pattern.compile(
            ",\\s*\\p{L}{3,9}\\.?\\s+\\d|[0-9•·|]|,?\\s+(?:on|am|le|el|il)\\s");
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’.-]*|de|da|di|del|der|den|van|von|le|la|du|bin|al|y|e)");
    private static final int MAX_TEXT = 80;
    /** Longer than any {@link #LABEL} ("published by:") with some room for doubled spaces. */
    private static final int MAX_LABEL = 40;
    private static final int MAX_NAME_WORDS = 5;

    private Bylines() {
    }

    /**
     * The names of the first byline found: in an element hinted as one, else in a link to an author
     * page, else in a "By" line; empty when there is none.
     */
    static List<String> find(Document document) {
        Element body = document.body();
        if (body == null) {
            return List.of();
        }
        List<String> linked = List.of();
        List<String> byLine = List.of();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            String hints = ClassHints.of(e);
            if (hinted(hints)) {
                String text = Texts.clean(e.text());
                List<String> names = text.length() <= MAX_TEXT ? partNames(text) : List.of();
                if (!names.isEmpty()) {
                    return names;
                }
            }
            if (e.childrenSize() == 0 && isLabel(e)) {
                Element next = e.nextElementSibling();
                String text = next == null ? "" : Texts.clean(next.text());
                List<String> names = !text.isEmpty() && text.length() <= MAX_TEXT ? names(beforeDate(text), 1) : List.of();
                if (!names.isEmpty()) {
                    return names;
                }
            }
            if (linked.isEmpty() && tag.equals("a") && AUTHOR_PAGE.matcher(e.attr("href")).find()) {
                linked = names(e.text(), 2);
            }
            if (byLine.isEmpty() && !e.ownText().isEmpty() && BY_LINE_TAGS.contains(tag)) {
                String text = Texts.clean(e.text());
                if (text.length() <= MAX_TEXT && BY_LINE.matcher(text).matches()) {
                    byLine = names(beforeDate(text), 1);
                }
            }
        }
        return linked.isEmpty() ? byLine : linked;
    }

    /**
     * What elements hinted as bylines say, as written, when they are short: the credit a page gives
     * when it names no person ("Podium Staff", "The Upwork Team"); {@link AuthorNames#credited} cleans them.
     */
    static List<String> credits(Document document) {
        Element body = document.body();
        List<String> credits = new ArrayList<>();
        if (body == null) {
            return credits;
        }
        for (Element e : body.getAllElements()) {
            if (hinted(ClassHints.of(e))) {
                String text = Texts.clean(e.text());
                if (!text.isEmpty() && text.length() <= MAX_CREDIT) {
                    credits.add(PREFIX_LABEL.matcher(text).replaceFirst(""));
                }
            }
        }
        return credits;
    }

    /** Whether the childless element is a byline label alone; the length test spares the regex on text. */
    private static boolean isLabel(Element e) {
        String text = e.text();
        return text.length() <= MAX_LABEL && LABEL.matcher(Texts.clean(text)).matches();
    }

    private static boolean hinted(String hints) {
        return !hints.isEmpty() && BYLINE_HINT.matcher(hints).find() && !NOT_BYLINE_HINT.matcher(hints).find();
    }

    /** The names in the first part of a byline that has any, parts being split at "·", "|" and dashes. */
    private static List<String> partNames(String text) {
        for (String part : BYLINE_PARTS.split(text)) {
            List<String> names = names(beforeDate(part), 2);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** Bylines often end with the date: "Jane Doe 4 August 2010", "Jane Doe · Dec 17, 2025". */
    private static String beforeDate(String text) {
        return DATE_TAIL.split(text, 2)[0];
    }

    private static List<String> names(String text, int minWords) {
        List<String> names = new ArrayList<>();
        for (String name : AuthorNames.clean(List.of(text), List.of())) {
            if (looksLikeName(name) && name.split("\\s+").length >= minWords) {
                names.add(name);
            }
        }
        return names;
    }

    /** One to five words, each capitalised or a name particle, no digits. */
    static boolean looksLikeName(String name) {
        String[] words = name.split("\\s+");
        if (words.length == 0 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 1 && !name.toLowerCase(Locale.ROOT).matches("(?:by|author|written by|posted by)");
    }
}
