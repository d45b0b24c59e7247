package io.newsaggregator.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits a text into words (Unicode UAX#29 via Lucene's StandardTokenizer) and sentences (the
 * JDK's sentence {@link BreakIterator} for the language), and gives each word its term through the
 * language's Lucene chain. Stateless and thread-safe.
 */
final class TextTokenizer {

    private static final String EMOJI_TYPE = "<EMOJI>";

    /** Splits {@code text} with {@code profile}'s analysis chain; null or blank text gives no tokens. */
    public TokenizedText tokenize(String text, LanguageProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (text == null || text.isBlank()) {
            return TokenizedText.empty();
        }
        int[] sentenceStarts = sentenceStarts(text, profile.language());
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = profile.analyzer().tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int previousEnd = -1;
            int previousSentence = -1;
            while (stream.incrementToken()) {
                if (EMOJI_TYPE.equals(type.type())) {
                    continue;
                }
                int start = offset.startOffset();
                int end = offset.endOffset();
                String surface = text.substring(start, end);
                int sentence = sentenceOf(sentenceStarts, start);
                boolean breakBefore = previousEnd < 0 || sentence != previousSentence
                        || hasPunctuation(text, previousEnd, start);
                tokens.add(new Token(surface, term.toString(), start, end, sentence, keyword.isKeyword(),
                        !hasLetter(surface), breakBefore));
                previousEnd = end;
                previousSentence = sentence;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a String failed", e);
        }
        int sentenceCount = tokens.isEmpty() ? 0 : countSentencesWithWords(tokens);
        return new TokenizedText(tokens, sentenceCount);
    }

    private static int[] sentenceStarts(String text, String language) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        iterator.setText(text);
        List<Integer> starts = new ArrayList<>();
        for (int start = iterator.first(); start != BreakIterator.DONE; start = iterator.next()) {
            starts.add(start);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int sentenceOf(int[] sentenceStarts, int offset) {
        int index = java.util.Arrays.binarySearch(sentenceStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    private static int countSentencesWithWords(List<Token> tokens) {
        int count = 0;
        int last = -1;
        for (Token token : tokens) {
            if (token.sentence() != last) {
                count++;
                last = token.sentence();
            }
        }
        return count;
    }

    /**
     * Whitespace alone, or one hyphen or apostrophe directly between two words ("Grammy-winning"),
     * keeps a phrase going; anything else visible, or a spaced dash, breaks it.
     */
    private static boolean hasPunctuation(String text, int from, int to) {
        if (to - from == 1 && isJoiner(text.charAt(from))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
    }

    private static boolean hasLetter(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (Character.isLetter(surface.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
