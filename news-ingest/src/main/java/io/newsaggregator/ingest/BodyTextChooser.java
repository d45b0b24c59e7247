package io.newsaggregator.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Chooses between the main text read from the DOM and the JSON-LD {@code articleBody}. The
 * articleBody is clean but often truncated to a teaser or stripped of paragraph breaks; the DOM
 * text is complete but may miss parts behind unusual markup. The JSON-LD text wins only when it is
 * substantially longer than the DOM text, i.e. when the DOM extraction evidently missed content.
 */
final class BodyTextChooser {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/][^>]*>");
    /** The JSON-LD text must have this many times the DOM's words to replace it. */
    private static final double LONGER_BY = 1.3;
    private static final int MIN_WORDS = 50;

    static String choose(String domText, String articleBody) {
        if (articleBody == null) {
            return domText;
        }
        String ld = plain(articleBody);
        int ldWords = words(ld);
        int domWords = words(domText);
        if (ldWords >= MIN_WORDS && ldWords > LONGER_BY * domWords) {
            return ld;
        }
        return domText.isEmpty() ? ld : domText;
    }

    /** articleBody sometimes carries markup or entities; reduce it to paragraphs of plain text. */
    static String plain(String articleBody) {
        String text = articleBody;
        if (TAG.matcher(text).find()) {
            Document fragment = Jsoup.parseBodyFragment(text);
            return TextBlocks.text(List.of(fragment.body()));
        }
        if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R")) {
            String cleaned = Texts.clean(line);
            if (!cleaned.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(cleaned);
            }
        }
        return out.toString();
    }

    static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
