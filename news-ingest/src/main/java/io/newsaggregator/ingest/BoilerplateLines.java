package io.newsaggregator.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines inside an article container that are not article text: interface labels
 * ("Advertisement", "Read more"), photo credits, wire-service production notes, and at the edges
 * of the text, date lines above it and promotion paragraphs below it.
 */
final class BoilerplateLines {
    private static final Pattern LABEL = Pattern.compile("(?iu)^\\W*(?:advertisement|advertising|advert|anzeige"
            + "|publicidad|publicité|pubblicità|реклама|sponsored|ad|story continues below(?: advertisement)?"
            + "|continue reading(?: below| the main story)?|read more\\b.*|read also\\b.*|see also\\b.*|related\\b.*"
            + "|more from\\b.*|recommended\\b.*|share(?: this| on| via)?\\b.*|follow us\\b.*|sign up\\b.*"
            + "|subscribe\\b.*|click here\\b.*|tap here\\b.*|watch:?|listen:?|photo:.*|image:.*|video:.*"
            + "|getty images|(?:photo|image|picture) credit:?.*|skip (?:to|advertisement)\\b.*|loading\\W*"
            + "|back to top|leia (?:mais|também)\\b.*|lesen sie auch\\b.*|mehr zum thema\\b.*|lire aussi\\b.*"
            + "|leer más\\b.*|comments?|\\d+ comments?|up next|view (?:images|gallery|photos)"
            + "|see (?:gallery|all photos)|\\d+ photos|this slideshow requires javascript\\W*|tags?:.*|topics?:.*"
            + "|filed under:?.*|copyright\\b.*|©.*|all rights reserved\\W*|more:?|you may also like\\b.*"
            + "|like this (?:story|article)\\b.*|(?:more|top|latest|trending|popular)(?: \\p{L}+){0,3}"
            + " (?:stories|news|articles|headlines|videos)|trending(?: now)?"
            + "|.*\\b(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp photo|reuters photo))\\W*$");
    /** "(Reporting by A; Editing by B)" closes wire stories. */
    private static final Pattern WIRE_NOTE = Pattern.compile(
            "(?iu)^\\W*(?:additional )?(?:reporting|writing|editing|compiled) by\\b.*");
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[:.h]\\d{2}\\b"
                    + "|\\b(?:19|20)\\d{2}\\b");
    private static final Pattern PROMO = Pattern.compile("(?iu)\\b(?:subscribe|subscription|newsletters?|sign up"
            + "|signup|follow (?:us|him|her|them|the)|on twitter|on facebook|instagram|inbox|click here"
            + "|download (?:our|the) app|join our|share (?:it|this)|get access|delivered (?:to|through) your"
            + "|have a tip|news tip)\\b");
    private static final int SHORT_WORDS = 12;
    private static final int PROMO_WORDS = 60;
    private static final int EDGE_BLOCKS = 3;

    private BoilerplateLines() {
    }

    static boolean isBoilerplate(String text) {
        int words = wordCount(text);
        return words <= SHORT_WORDS && LABEL.matcher(text).matches()
                || words <= PROMO_WORDS && WIRE_NOTE.matcher(text).matches();
    }

    /**
     * Drops short date lines among the first blocks and promotion paragraphs among the last ones;
     * trimming stops at the first block that is neither, so text in the middle is never touched.
     */
    static List<String> trimEdges(List<String> blocks) {
        int start = 0;
        while (start < blocks.size() && start < EDGE_BLOCKS && isDateLine(blocks.get(start))) {
            start++;
        }
        int end = blocks.size();
        while (end > start && blocks.size() - end < EDGE_BLOCKS && isPromo(blocks.get(end - 1))) {
            end--;
        }
        return blocks.subList(start, end);
    }

    static boolean isDateLine(String text) {
        return wordCount(text) <= SHORT_WORDS && DATE.matcher(text).find() && !text.matches("(?s).*[.!?]\"?$");
    }

    static boolean isPromo(String text) {
        return wordCount(text) <= PROMO_WORDS && PROMO.matcher(text).find();
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
