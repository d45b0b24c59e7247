package io.newsaggregator.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The sanity check between the stages of main-text extraction: a result is implausible when it is
 * empty, much shorter than the paragraph text the page shows, a single sentence on a page with
 * more to say, only a few words on a page with little paragraph text, or the page's description
 * repeated.
 */
final class TextCheck {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?:\\s|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * Pages with fewer paragraph words than this are too short to judge a result by its share; their
     * text may sit in tables and boxes rather than {@code <p>}, so a result is only taken at once
     * from 60 words on (a label such as "PDF Version" is not the article),
     * and when no pass gives that much, the longest result is.
     */
    static final int MIN_PAGE_WORDS = 150;
    /** A result with less than this share of the page's paragraph words is taken to have missed the text. */
    static final double MIN_SHARE = 0.35;
    static final int SHORT_TEXT_WORDS = 60;

    private final int pageWords;
    private final String descriptionKey;

    /**
     * @param page        the page's body before cleaning
     * @param description the page's own summary (og:description and the like), or null
     */
    TextCheck(Element page, String description) {
        this.pageWords = paragraphWords(page);
        this.descriptionKey = description == null ? "" : key(description);
    }

    boolean plausible(String text) {
        int words = words(text);
        if (words == 0) {
            return false;
        }
        if (!descriptionKey.isEmpty() && words < SHORT_TEXT_WORDS && descriptionKey.contains(key(text))) {
            return false;
        }
        if (pageWords < MIN_PAGE_WORDS) {
            return words >= SHORT_TEXT_WORDS;
        }
        return words >= MIN_SHARE * pageWords && (words >= SHORT_TEXT_WORDS || sentences(text) > 1);
    }

    /** Words in the page's {@code <p>} elements: what a reader sees as running text (one pass, no copies). */
    static int paragraphWords(Element page) {
        int[] words = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            private int paragraphDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("p")) {
                    paragraphDepth++;
                } else if (paragraphDepth > 0 && node instanceof TextNode text) {
                    words[0] += BoilerplateLines.wordCount(text.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("p")) {
                    paragraphDepth--;
                }
            }
        }, page);
        return words[0];
    }

    static int words(String text) {
        return BoilerplateLines.wordCount(text);
    }

    private static int sentences(String text) {
        int n = 0;
        Matcher m = SENTENCE_END.matcher(text.strip());
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String key(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
