package io.newsaggregator.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed and pairwise precision/recall/F1 of a predicted clustering against gold labels. */
record ClusteringScores(double bcubedPrecision, double bcubedRecall, double bcubedF1,
                        double pairPrecision, double pairRecall, double pairF1, int predictedClusters) {

    /** Both lists are indexed by item: {@code gold.get(i)} and {@code predicted.get(i)} label item i. */
    static ClusteringScores of(List<String> gold, List<String> predicted) {
        boolean[] all = new boolean[gold.size()];
        java.util.Arrays.fill(all, true);
        return of(gold, predicted, all);
    }

    /**
     * Scores only the items marked {@code scored}, against clusters and stories of all items: an
     * unscored item in a scored item's cluster but not its story costs the scored item precision.
     * Pair counts and the cluster count cover the clusters holding a scored item, pairs with at
     * least one scored item.
     */
    static ClusteringScores of(List<String> gold, List<String> predicted, boolean[] scored) {
        if (gold.size() != predicted.size() || gold.size() != scored.length) {
            throw new IllegalArgumentException("gold, predicted and scored differ in size");
        }
        Map<String, Integer> goldSize = counts(gold);
        Map<String, Integer> predictedSize = counts(predicted);
        Map<String, Integer> jointSize = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            jointSize.merge(gold.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        int n = 0;
        Map<String, Integer> scoredJoint = new HashMap<>();
        Map<String, Integer> scoredPredicted = new HashMap<>();
        Map<String, Integer> scoredGold = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!scored[i]) {
                continue;
            }
            String joint = gold.get(i) + '\u0000' + predicted.get(i);
            int jointCount = jointSize.get(joint);
            precision += jointCount / (double) predictedSize.get(predicted.get(i));
            recall += jointCount / (double) goldSize.get(gold.get(i));
            n++;
            scoredJoint.merge(joint, 1, Integer::sum);
            scoredPredicted.merge(predicted.get(i), 1, Integer::sum);
            scoredGold.merge(gold.get(i), 1, Integer::sum);
        }
        precision = n == 0 ? 1 : precision / n;
        recall = n == 0 ? 1 : recall / n;
        double truePairs = pairs(jointSize, scoredJoint);
        double predictedPairs = pairs(predictedSize, scoredPredicted);
        double goldPairs = pairs(goldSize, scoredGold);
        double pairPrecision = predictedPairs == 0 ? 1 : truePairs / predictedPairs;
        double pairRecall = goldPairs == 0 ? 1 : truePairs / goldPairs;
        return new ClusteringScores(precision, recall, f1(precision, recall), pairPrecision, pairRecall,
                f1(pairPrecision, pairRecall), scoredPredicted.size());
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts;
    }

    /** Pairs within each group that hold at least one scored item. */
    private static double pairs(Map<String, Integer> sizes, Map<String, Integer> scoredSizes) {
        double total = 0;
        for (Map.Entry<String, Integer> entry : scoredSizes.entrySet()) {
            int size = sizes.get(entry.getKey());
            int unscored = size - entry.getValue();
            total += size * (size - 1.0) / 2.0 - unscored * (unscored - 1.0) / 2.0;
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
