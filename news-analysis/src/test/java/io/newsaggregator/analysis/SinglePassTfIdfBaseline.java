package io.newsaggregator.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The textbook baseline: each document, in arrival order, is compared by TF-IDF cosine with the
 * centroid of every cluster so far and joins the best one above the threshold. No candidate
 * index, no bonuses, no time window.
 */
final class SinglePassTfIdfBaseline {

    private SinglePassTfIdfBaseline() {
    }

    /** Cluster label per document, in input order. */
    static List<String> cluster(List<List<String>> documents, double threshold) {
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Double>> centroids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int seen = 0;
        for (List<String> terms : documents) {
            Map<String, Double> tf = new TreeMap<>();
            terms.forEach(t -> tf.merge(t, 1.0, Double::sum));
            seen++;
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            final int n = seen;
            Map<String, Double> vector = new TreeMap<>();
            tf.forEach((t, c) -> vector.put(t, c * (Math.log((n + 1.0) / (df.get(t) + 1.0)) + 1.0)));
            normalise(vector);
            int best = -1;
            double bestScore = -1;
            for (int c = 0; c < centroids.size(); c++) {
                double score = cosine(vector, centroids.get(c));
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best >= 0 && bestScore >= threshold) {
                Map<String, Double> centroid = centroids.get(best);
                vector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
                labels.add("c" + best);
            } else {
                centroids.add(new HashMap<>(vector));
                labels.add("c" + (centroids.size() - 1));
            }
        }
        return labels;
    }

    private static void normalise(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            vector.replaceAll((t, w) -> w / norm);
        }
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        if (dot == 0) {
            return 0;
        }
        double nb = Math.sqrt(b.values().stream().mapToDouble(w -> w * w).sum());
        return dot / nb;
    }
}
