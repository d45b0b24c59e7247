package io.newsaggregator.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds capitalised runs of content words. Sentence starts are capitalised anyway, so a single
 * capitalised word there counts only if it recurs and is never written in lower case in the text
 * ("Just" is not a name), and a longer run there loses its first word
 * when the rest occurs on its own elsewhere ("Despite Keith Brown" becomes "Keith Brown").
 * Titles are skipped (headline case).
 */
final class ProperNounFinder {

    private static final int MAX_WORDS = 5;

    private record Run(List<Token> words, boolean sentenceStart) {
        String key() {
            return key(words);
        }

        static String key(List<Token> words) {
            StringBuilder key = new StringBuilder();
            for (Token word : words) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(word.surface().toLowerCase(Locale.ROOT));
            }
            return stripPossessive(key.toString());
        }
    }

    List<ProperNounCandidate> find(List<TokenizedText> parts, int limit) {
        List<Run> runs = new ArrayList<>();
        Set<String> lowerCaseWords = new HashSet<>();
        for (TokenizedText part : parts) {
            collectRuns(part.tokens(), runs);
            for (Token token : part.tokens()) {
                if (!token.capitalised()) {
                    lowerCaseWords.add(token.surface());
                }
            }
        }
        Set<String> seenMidSentence = new HashSet<>();
        for (Run run : runs) {
            if (!run.sentenceStart()) {
                seenMidSentence.add(run.key());
            }
        }
        Map<String, Occurrences> byKey = new LinkedHashMap<>();
        for (Run run : runs) {
            Run counted = run;
            if (run.sentenceStart() && run.words().size() > 1) {
                List<Token> tail = run.words().subList(1, run.words().size());
                if (seenMidSentence.contains(Run.key(tail))) {
                    counted = new Run(tail, false);
                }
            }
            Run finalRun = counted;
            Occurrences o = byKey.computeIfAbsent(counted.key(), k -> new Occurrences(display(finalRun.words())));
            o.count++;
            o.qualifies |= !counted.sentenceStart() || counted.words().size() > 1;
        }
        List<Occurrences> qualified = new ArrayList<>();
        int order = 0;
        for (Occurrences o : byKey.values()) {
            o.order = order++;
            if (o.qualifies || (o.count > 1 && !lowerCaseWords.contains(o.text.toLowerCase(Locale.ROOT)))) {
                qualified.add(o);
            }
        }
        qualified.sort(Comparator.comparingInt((Occurrences o) -> -o.count).thenComparingInt(o -> o.order));
        return qualified.stream().limit(limit).map(o -> new ProperNounCandidate(o.text, o.count)).toList();
    }

    private static void collectRuns(List<Token> tokens, List<Run> runs) {
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
            runs.add(new Run(tokens.subList(start, i), sentenceStart));
        }
    }

    private static String display(List<Token> words) {
        StringBuilder text = new StringBuilder();
        for (Token word : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word.surface());
        }
        return stripPossessive(text.toString());
    }

    private static String stripPossessive(String text) {
        if (text.endsWith("'s") || text.endsWith("\u2019s")) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }

    private static boolean isNameWord(Token token) {
        return token.contentWord() && token.capitalised();
    }

    private static final class Occurrences {
        final String text;
        int count;
        boolean qualifies;
        int order;

        Occurrences(String text) {
            this.text = text;
        }
    }
}
