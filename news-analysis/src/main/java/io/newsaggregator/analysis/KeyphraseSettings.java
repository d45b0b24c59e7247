package io.newsaggregator.analysis;

/**
 * Knobs of key-phrase ranking. {@link #defaults()}: phrases of up to 4 words with their
 * sub-phrases, plain term frequency, a mild first-occurrence weight and no title or length boost.
 * On the English news development set (KeyphraseBenchmark) sub-phrases were worth about +3
 * points F@10, while title, position, term-frequency exponent settings all landed within 0.3
 * points of each other and any multi-word boost lost 1-10 points; the mild position weight is
 * kept because it orders otherwise equal phrases by where they first appear.
 *
 * @param maxWords longest phrase in words (1-4 are sensible)
 * @param subPhrases whether the shorter word sequences inside a run of content words are
 *     candidates too, not only the whole run
 * @param titleBoost factor for phrases that occur in the title
 * @param positionBoost extra weight for phrases met early: a phrase first seen at word {@code i}
 *     is multiplied by {@code 1 + positionBoost / (1 + i / 50)}
 * @param tfExponent exponent on the number of occurrences in the document
 * @param multiWordBoost extra weight per word beyond the first: a phrase of {@code n} words is
 *     multiplied by {@code 1 + multiWordBoost * (n - 1)}
 */
record KeyphraseSettings(int maxWords, boolean subPhrases, double titleBoost, double positionBoost,
        double tfExponent, double multiWordBoost) {

    public KeyphraseSettings {
        if (maxWords < 1 || maxWords > 8) {
            throw new IllegalArgumentException("maxWords must be within 1..8, was " + maxWords);
        }
        if (titleBoost < 1.0 || positionBoost < 0.0 || tfExponent < 0.0 || multiWordBoost < 0.0) {
            throw new IllegalArgumentException("titleBoost must be >= 1; positionBoost, tfExponent and multiWordBoost >= 0");
        }
    }

    public static KeyphraseSettings defaults() {
        return new KeyphraseSettings(4, true, 1.0, 1.0, 1.0, 0.0);
    }
}
