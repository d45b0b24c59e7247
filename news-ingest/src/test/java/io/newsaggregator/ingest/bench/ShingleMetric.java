package io.newsaggregator.ingest.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction metric of the development set: 4-token shingle multisets compared per
 * page, precision and recall averaged over pages, F1 of the two means.
 */
final class ShingleMetric {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private ShingleMetric() {
    }

    /** Counts of one page: shared shingles, predicted-only, truth-only, and exact token match. */
    record PageScore(int tp, int fp, int fn, boolean exact) {
        boolean hasPrediction() {
            return tp + fp > 0;
        }

        boolean hasTruth() {
            return tp + fn > 0;
        }

        double precision() {
            return hasPrediction() ? (double) tp / (tp + fp) : 0;
        }

        double recall() {
            return hasTruth() ? (double) tp / (tp + fn) : 0;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Means over a set of pages. */
    record Summary(double precision, double recall, double f1, double accuracy, int pages) {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < SHINGLE) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }

    static PageScore score(String predicted, String truth) {
        List<String> predictedTokens = tokens(predicted);
        List<String> truthTokens = tokens(truth);
        Map<List<String>, Integer> p = shingles(predictedTokens);
        Map<List<String>, Integer> t = shingles(truthTokens);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int shared = Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
            tp += shared;
            fp += e.getValue() - shared;
        }
        int truthTotal = t.values().stream().mapToInt(Integer::intValue).sum();
        return new PageScore(tp, fp, truthTotal - tp, predictedTokens.equals(truthTokens));
    }

    static Summary summarize(List<PageScore> pages) {
        double precisionSum = 0;
        int withPrediction = 0;
        double recallSum = 0;
        int withTruth = 0;
        int exact = 0;
        for (PageScore s : pages) {
            if (s.hasPrediction()) {
                precisionSum += s.precision();
                withPrediction++;
            }
            if (s.hasTruth()) {
                recallSum += s.recall();
                withTruth++;
            }
            if (s.exact()) {
                exact++;
            }
        }
        double precision = withPrediction == 0 ? 0 : precisionSum / withPrediction;
        double recall = withTruth == 0 ? 0 : recallSum / withTruth;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }
}
