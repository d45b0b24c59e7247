package io.newsaggregator.domain.analysis;

import java.util.Collection;
import java.util.Map;

/** How many analysed articles contain each phrase key: the corpus side of key-phrase scores. */
public interface DocumentFrequencies {
    long documentCount();

    /** Frequencies of the given keys; keys never seen are absent (count 0). */
    Map<String, Long> frequencies(Collection<String> keys);
}
