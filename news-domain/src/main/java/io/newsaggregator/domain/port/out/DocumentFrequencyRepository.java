package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.DocumentFrequencies;
import java.util.Collection;
import java.util.Map;

/** Document frequencies of phrase keys, kept in the store so scores stay consistent as the corpus grows. */
public interface DocumentFrequencyRepository extends DocumentFrequencies {
    /**
     * Counts one more analysed document containing each key ({@code delta} = +1), or one fewer when
     * a revised article's old text is taken back ({@code delta} = -1); the document count moves by
     * {@code delta} too.
     */
    void addDocument(Collection<String> keys, int delta);

    /**
     * Moves the frequency of each key by its delta and the document count by {@code documentDelta}
     * at once: the net effect of several {@link #addDocument} calls, summed by the caller. A key
     * that falls to zero is removed; taking back a key never counted, or below zero, is a
     * {@link io.newsaggregator.domain.error.DataIntegrityException}.
     */
    void addCounts(Map<String, Long> keyDeltas, long documentDelta);
}
