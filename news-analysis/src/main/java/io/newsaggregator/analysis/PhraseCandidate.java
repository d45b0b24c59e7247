package io.newsaggregator.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/** All occurrences of one phrase key in a document. Mutable while a document is scanned. */
final class PhraseCandidate {

    private final String key;
    private final int words;
    private final int firstWordIndex;
    private final Map<String, Integer> surfaces = new LinkedHashMap<>();
    private int occurrences;
    private boolean inTitle;

    PhraseCandidate(String key, int words, int firstWordIndex) {
        this.key = key;
        this.words = words;
        this.firstWordIndex = firstWordIndex;
    }

    void addOccurrence(String surface, boolean title) {
        surfaces.merge(surface, 1, Integer::sum);
        occurrences++;
        inTitle |= title;
    }

    String key() {
        return key;
    }

    int words() {
        return words;
    }

    int firstWordIndex() {
        return firstWordIndex;
    }

    int occurrences() {
        return occurrences;
    }

    boolean inTitle() {
        return inTitle;
    }

    /** The most frequent way of writing the phrase; on a tie the one met first. */
    String displayText() {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
