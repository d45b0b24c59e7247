package io.newsaggregator.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds capitalised runs of content words. A single capitalised word at the start of a sentence
 * counts only if it recurs, since sentence starts are capitalised anyway; titles are skipped for
 * the same reason (headline case).
 */
final class ProperNounFinder {

    private static final int MAX_WORDS = 5;

    List<ProperNounCandidate> find(List<TokenizedText> parts, int limit) {
        Map<String, Occurrences> byKey = new LinkedHashMap<>();
        for (TokenizedText part : parts) {
            collectRuns(part.tokens(), byKey);
        }
        List<Occurrences> qualified = new ArrayList<>();
        int order = 0;
        for (Occurrences o : byKey.values()) {
            o.order = order++;
            if (o.count > 1 || o.notAtSentenceStart) {
                qualified.add(o);
            }
        }
        qualified.sort(Comparator.comparingInt((Occurrences o) -> -o.count).thenComparingInt(o -> o.order));
        return qualified.stream().limit(limit).map(o -> new ProperNounCandidate(o.text, o.count)).toList();
    }

    private static void collectRuns(List<Token> tokens, Map<String, Occurrences> byKey) {
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < tokens.size() && i - start < MAX_WORDS && isNameWord(tokens.get(i))
                    && !tokens.get(i).breakBefore()) {
                i++;
            }
            boolean sentenceStart = start == 0 || tokens.get(start - 1).sentence() != tokens.get(start).sentence();
            StringBuilder text = new StringBuilder();
            for (int j = start; j < i; j++) {
                if (j > start) {
                    text.append(' ');
                }
                text.append(tokens.get(j).surface());
            }
            String surface = text.toString();
            Occurrences o = byKey.computeIfAbsent(surface.toLowerCase(Locale.ROOT), k -> new Occurrences(surface));
            o.count++;
            o.notAtSentenceStart |= !sentenceStart || i - start > 1;
        }
    }

    private static boolean isNameWord(Token token) {
        return token.contentWord() && token.capitalised();
    }

    private static final class Occurrences {
        final String text;
        int count;
        boolean notAtSentenceStart;
        int order;

        Occurrences(String text) {
            this.text = text;
        }
    }
}
