package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the unit-length term weights of one article, before IDF is applied. */
final class TermVector {

    private TermVector() {
    }

    static Map<String, Double> of(StoryInput article, StoryClustererSettings settings) {
        Map<String, Double> weights = new TreeMap<>();
        addCounts(weights, article.titleTerms(), settings.titleWeight(), false);
        addCounts(weights, article.bodyTerms(), 1.0, true);
        Set<String> salient = new HashSet<>(article.salientTerms());
        double sumOfSquares = 0;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            if (salient.contains(entry.getKey())) {
                entry.setValue(entry.getValue() * settings.salientBoost());
            }
            sumOfSquares += entry.getValue() * entry.getValue();
        }
        if (sumOfSquares > 0) {
            double norm = Math.sqrt(sumOfSquares);
            weights.replaceAll((term, weight) -> weight / norm);
        }
        return weights;
    }

    /** Body counts are damped logarithmically so that one long article does not drown its title. */
    private static void addCounts(Map<String, Double> weights, List<String> terms, double weight,
                                  boolean damp) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String term : terms) {
            if (!term.isBlank()) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        counts.forEach((term, count) -> {
            double tf = damp ? 1.0 + Math.log(count) : count;
            weights.merge(term, weight * tf, Double::sum);
        });
    }

    /**
     * The TF-IDF form of {@link #of}: each weight times the IDF of the moment, scaled to unit
     * length. Stories keep these vectors, so the IDF of a member is the one it arrived with.
     */
    static Map<String, Double> weighted(Map<String, Double> termWeights, TermStatistics statistics) {
        Map<String, Double> weighted = new TreeMap<>();
        double sumOfSquares = 0;
        for (Map.Entry<String, Double> entry : termWeights.entrySet()) {
            double w = entry.getValue() * statistics.idf(entry.getKey());
            weighted.put(entry.getKey(), w);
            sumOfSquares += w * w;
        }
        if (sumOfSquares > 0) {
            double norm = Math.sqrt(sumOfSquares);
            weighted.replaceAll((term, weight) -> weight / norm);
        }
        return weighted;
    }

    /**
     * Dot product, iterating over {@code ordered} (a sorted map, so the sum is reproducible) and
     * looking terms up in {@code lookup}.
     */
    static double dot(Map<String, Double> ordered, Map<String, Double> lookup) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : ordered.entrySet()) {
            Double other = lookup.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        return dot;
    }
}
