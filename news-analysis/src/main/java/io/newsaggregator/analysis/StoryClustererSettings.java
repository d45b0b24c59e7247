package io.newsaggregator.analysis;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning knobs of {@link IncrementalStoryClusterer}. Start from {@link #defaults()} or
 * {@link #builder()} and change single values.
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
 * @param decayMerges   whether the merge test decays the centroid cosine over the gap between the
 *                        two stories' first members, with the same half-life as a join (chosen by
 *                        cross-validation: it kept day-apart stories on one theme apart)
 * @param minSharedTerms  an article joins a story, and two stories merge, only when they share at
 *                        least this many of the story's characteristic terms, so one common word
 *                        ("bank", "watch", "Monday") is not enough however well it scores; 1 turns
 *                        the test off (candidates always share a term)
 * @param characteristicShare a story's term is characteristic while its centroid weight is at least
 *                        this share of the story's strongest term: a word that a handful of a large
 *                        story's members happen to use does not count towards {@code minSharedTerms}
 * @param keepClosedStories whether {@link IncrementalStoryClusterer#stories()} and
 *                        {@link IncrementalStoryClusterer#story(String)} go on listing stories after
 *                        they close, as finished {@link io.newsaggregator.domain.analysis.Story}
 *                        values (their counts and label, not their term vectors); off by default, so
 *                        memory stays bounded by the stories of one window. It never changes an
 *                        assignment nor the exported state, which holds only open stories either way.
 */
record StoryClustererSettings(
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
        double mergeThreshold,
        boolean decayMerges,
        int minSharedTerms,
        double characteristicShare,
        boolean keepClosedStories) {

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
        requirePositive(minSharedTerms, "minSharedTerms");
        requireRange(characteristicShare, 0, 1, "characteristicShare");
    }

    /**
     * Settings chosen on English headlines (the hardest input: a handful of terms per article) by
     * cross-validation over whole stories: the threshold is the median of the thresholds the folds
     * chose, the half-life the one every fold chose. The shared-terms test is off
     * ({@code minSharedTerms} 1): it lost more recall than it won precision on held-out stories.
     * Scores on full articles run higher, so check the threshold on your own data.
     */
    public static StoryClustererSettings defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.threshold = threshold;
        builder.window = window;
        builder.decayHalfLife = decayHalfLife;
        builder.centroidTerms = centroidTerms;
        builder.maxPostings = maxPostings;
        builder.maxCandidates = maxCandidates;
        builder.titleWeight = titleWeight;
        builder.salientBoost = salientBoost;
        builder.rareTermBonus = rareTermBonus;
        builder.rareTermMaxDocumentFrequency = rareTermMaxDocumentFrequency;
        builder.maxRareBonusTerms = maxRareBonusTerms;
        builder.mergeThreshold = mergeThreshold;
        builder.decayMerges = decayMerges;
        builder.minSharedTerms = minSharedTerms;
        builder.characteristicShare = characteristicShare;
        builder.keepClosedStories = keepClosedStories;
        return builder;
    }

    /** Changes single values; {@link #build()} validates them together. */
    public static final class Builder {
        private double threshold = 0.12;
        private Duration window = Duration.ofDays(5);
        private Duration decayHalfLife = Duration.ofHours(12);
        private int centroidTerms = 400;
        private int maxPostings = 400;
        private int maxCandidates = 24;
        private double titleWeight = 2.0;
        private double salientBoost = 1.5;
        private double rareTermBonus = 0.03;
        private double rareTermMaxDocumentFrequency = 0.01;
        private int maxRareBonusTerms = 2;
        private double mergeThreshold = 0.15;
        private boolean decayMerges = true;
        private int minSharedTerms = 1;
        private double characteristicShare = 0.0;
        private boolean keepClosedStories = false;

        private Builder() {
        }

        public Builder threshold(double value) { threshold = value; return this; }

        public Builder window(Duration value) { window = value; return this; }

        public Builder decayHalfLife(Duration value) { decayHalfLife = value; return this; }

        public Builder centroidTerms(int value) { centroidTerms = value; return this; }

        public Builder maxPostings(int value) { maxPostings = value; return this; }

        public Builder maxCandidates(int value) { maxCandidates = value; return this; }

        public Builder titleWeight(double value) { titleWeight = value; return this; }

        public Builder salientBoost(double value) { salientBoost = value; return this; }

        public Builder rareTermBonus(double value) { rareTermBonus = value; return this; }

        public Builder rareTermMaxDocumentFrequency(double value) { rareTermMaxDocumentFrequency = value; return this; }

        public Builder maxRareBonusTerms(int value) { maxRareBonusTerms = value; return this; }

        public Builder mergeThreshold(double value) { mergeThreshold = value; return this; }

        public Builder decayMerges(boolean value) { decayMerges = value; return this; }

        public Builder minSharedTerms(int value) { minSharedTerms = value; return this; }

        public Builder characteristicShare(double value) { characteristicShare = value; return this; }

        public Builder keepClosedStories(boolean value) { keepClosedStories = value; return this; }

        public StoryClustererSettings build() {
            return new StoryClustererSettings(threshold, window, decayHalfLife, centroidTerms, maxPostings,
                    maxCandidates, titleWeight, salientBoost, rareTermBonus, rareTermMaxDocumentFrequency,
                    maxRareBonusTerms, mergeThreshold, decayMerges, minSharedTerms, characteristicShare, keepClosedStories);
        }
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
