package io.newsaggregator.domain.analysis;

import java.util.Collection;
import java.util.Map;

/** How many analysed articles contain each phrase key: the corpus side of key-phrase scores. */
public interface DocumentFrequencies {
    long documentCount();

    /** Frequencies of the given keys; keys never seen are absent (count 0). */
    Map<String, Long> frequencies(Collection<String> keys);

    /** No corpus at all: every phrase is equally rare, so ranking falls back to in-document evidence. */
    static DocumentFrequencies none() {
        return new DocumentFrequencies() {
            @Override
            public long documentCount() {
                return 0;
            }

            @Override
            public Map<String, Long> frequencies(Collection<String> keys) {
                return Map.of();
            }
        };
    }
}
