package io.newsaggregator.analysis.bench.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed and pairwise precision/recall/F1 of a predicted clustering against gold labels. */
record ClusteringScores(double bcubedPrecision, double bcubedRecall, double bcubedF1,
                        double pairPrecision, double pairRecall, double pairF1, int predictedClusters) {

    /** Both lists are indexed by item: {@code gold.get(i)} and {@code predicted.get(i)} label item i. */
    static ClusteringScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size");
        }
        Map<String, Integer> goldSize = counts(gold);
        Map<String, Integer> predictedSize = counts(predicted);
        Map<String, Integer> jointSize = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            jointSize.merge(gold.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < gold.size(); i++) {
            int joint = jointSize.get(gold.get(i) + '\u0000' + predicted.get(i));
            precision += joint / (double) predictedSize.get(predicted.get(i));
            recall += joint / (double) goldSize.get(gold.get(i));
        }
        int n = gold.size();
        precision /= n;
        recall /= n;
        double truePairs = pairs(jointSize);
        double predictedPairs = pairs(predictedSize);
        double goldPairs = pairs(goldSize);
        double pairPrecision = predictedPairs == 0 ? 1 : truePairs / predictedPairs;
        double pairRecall = goldPairs == 0 ? 1 : truePairs / goldPairs;
        return new ClusteringScores(precision, recall, f1(precision, recall), pairPrecision, pairRecall,
                f1(pairPrecision, pairRecall), predictedSize.size());
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts;
    }

    private static double pairs(Map<String, Integer> sizes) {
        double total = 0;
        for (int size : sizes.values()) {
            total += size * (size - 1.0) / 2.0;
        }
        return total;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String format() {
        return String.format("B3 P=%.3f R=%.3f F1=%.3f | pairwise P=%.3f R=%.3f F1=%.3f | clusters=%d",
                bcubedPrecision, bcubedRecall, bcubedF1, pairPrecision, pairRecall, pairF1, predictedClusters);
    }
}
