package io.newsaggregator.ingest.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web set's metric (its {@code score.py}): lower-cased word tokens compared as multisets per
 * page, F1 per page averaged over all pages (a missing page scores 0); titles equal after
 * normalisation, authors contained one in the other, dates equal on the day.
 */
final class WordMetric {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private WordMetric() {
    }

    /** Precision, recall and F1 of one page. */
    record PageScore(double precision, double recall, double f1) {
    }

    static PageScore score(String predicted, String truth) {
        Map<String, Integer> p = counts(predicted);
        Map<String, Integer> t = counts(truth);
        int pn = total(p);
        int tn = total(t);
        if (tn == 0) {
            return pn == 0 ? new PageScore(1, 1, 1) : new PageScore(0, 0, 0);
        }
        if (pn == 0) {
            return new PageScore(0, 0, 0);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) overlap / pn;
        double recall = (double) overlap / tn;
        return new PageScore(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    static String normalized(String text) {
        return String.join(" ", tokens(text));
    }

    static boolean sameTitle(String predicted, String truth) {
        return normalized(predicted).equals(normalized(truth));
    }

    static boolean sameAuthor(List<String> predicted, String truth) {
        String p = normalized(String.join(" ", predicted));
        String t = normalized(truth);
        return !p.isEmpty() && (t.contains(p) || p.contains(t));
    }

    private static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        java.util.ArrayList<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : tokens(text)) {
            counts.merge(token, 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
