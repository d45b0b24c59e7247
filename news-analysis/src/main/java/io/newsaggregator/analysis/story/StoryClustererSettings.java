package io.newsaggregator.analysis.story;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning knobs of {@link IncrementalStoryClusterer}. Start from {@link #defaults()} and change
 * single values with the {@code with...} methods.
 *
 * @param threshold       minimum score for an article to join an existing story
 * @param window          how long a story stays open for new members after its latest member
 * @param decayHalfLife   the similarity of a story halves for every half-life between its latest
 *                        member and the new article
 * @param centroidTerms   how many of its strongest terms a story keeps (and is indexed by)
 * @param maxPostings     a term shared by more open stories than this is too common to generate
 *                        candidates (it still counts in the score)
 * @param maxCandidates   how many candidate stories are scored in full per article
 * @param titleWeight     weight of one title occurrence relative to a body occurrence
 * @param salientBoost    factor applied to the weight of salient (proper noun, number) terms
 * @param rareTermBonus   added to the score per shared rare term, at most {@code maxRareBonusTerms}
 * @param rareTermMaxDocumentFrequency a term counts as rare while its document frequency is at
 *                        most this share of the documents seen
 * @param maxRareBonusTerms cap on the number of shared rare terms rewarded
 * @param mergeThreshold  centroid cosine above which two open stories that an article bridges are
 *                        merged; a value above 1 disables merging
 */
public record StoryClustererSettings(
        double threshold,
        Duration window,
        Duration decayHalfLife,
        int centroidTerms,
        int maxPostings,
        int maxCandidates,
        double titleWeight,
        double salientBoost,
        double rareTermBonus,
        double rareTermMaxDocumentFrequency,
        int maxRareBonusTerms,
        double mergeThreshold) {

    public StoryClustererSettings {
        requireRange(threshold, 0, 10, "threshold");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(decayHalfLife, "decayHalfLife");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (decayHalfLife.isNegative() || decayHalfLife.isZero()) {
            throw new IllegalArgumentException("decayHalfLife must be positive: " + decayHalfLife);
        }
        requirePositive(centroidTerms, "centroidTerms");
        requirePositive(maxPostings, "maxPostings");
        requirePositive(maxCandidates, "maxCandidates");
        requireRange(titleWeight, 0, 100, "titleWeight");
        requireRange(salientBoost, 0, 100, "salientBoost");
        requireRange(rareTermBonus, 0, 10, "rareTermBonus");
        requireRange(rareTermMaxDocumentFrequency, 0, 1, "rareTermMaxDocumentFrequency");
        if (maxRareBonusTerms < 0) {
            throw new IllegalArgumentException("maxRareBonusTerms must be >= 0: " + maxRareBonusTerms);
        }
        requireRange(mergeThreshold, 0, 10, "mergeThreshold");
    }

    /**
     * Settings tuned on English headlines (the hardest input: a handful of terms per article).
     * Scores on full articles run higher, so check the threshold on your own data.
     */
    public static StoryClustererSettings defaults() {
        return new StoryClustererSettings(0.14, Duration.ofDays(5), Duration.ofDays(2), 400, 400, 24,
                2.0, 1.5, 0.03, 0.01, 2, 0.15);
    }

    public StoryClustererSettings withThreshold(double value) {
        return new StoryClustererSettings(value, window, decayHalfLife, centroidTerms, maxPostings,
                maxCandidates, titleWeight, salientBoost, rareTermBonus, rareTermMaxDocumentFrequency,
                maxRareBonusTerms, mergeThreshold);
    }

    public StoryClustererSettings withWindow(Duration value) {
        return new StoryClustererSettings(threshold, value, decayHalfLife, centroidTerms, maxPostings,
                maxCandidates, titleWeight, salientBoost, rareTermBonus, rareTermMaxDocumentFrequency,
                maxRareBonusTerms, mergeThreshold);
    }

    public StoryClustererSettings withDecayHalfLife(Duration value) {
        return new StoryClustererSettings(threshold, window, value, centroidTerms, maxPostings,
                maxCandidates, titleWeight, salientBoost, rareTermBonus, rareTermMaxDocumentFrequency,
                maxRareBonusTerms, mergeThreshold);
    }

    public StoryClustererSettings withSalientBoost(double value) {
        return new StoryClustererSettings(threshold, window, decayHalfLife, centroidTerms, maxPostings,
                maxCandidates, titleWeight, value, rareTermBonus, rareTermMaxDocumentFrequency,
                maxRareBonusTerms, mergeThreshold);
    }

    public StoryClustererSettings withRareTermBonus(double value) {
        return new StoryClustererSettings(threshold, window, decayHalfLife, centroidTerms, maxPostings,
                maxCandidates, titleWeight, salientBoost, value, rareTermMaxDocumentFrequency,
                maxRareBonusTerms, mergeThreshold);
    }

    public StoryClustererSettings withMergeThreshold(double value) {
        return new StoryClustererSettings(threshold, window, decayHalfLife, centroidTerms, maxPostings,
                maxCandidates, titleWeight, salientBoost, rareTermBonus, rareTermMaxDocumentFrequency,
                maxRareBonusTerms, value);
    }

    public StoryClustererSettings withCentroidTerms(int value) {
        return new StoryClustererSettings(threshold, window, decayHalfLife, value, maxPostings,
                maxCandidates, titleWeight, salientBoost, rareTermBonus, rareTermMaxDocumentFrequency,
                maxRareBonusTerms, mergeThreshold);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void requireRange(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
    }
}
