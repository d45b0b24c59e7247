package io.newsaggregator.analysis.pipeline;

import io.newsaggregator.analysis.keyphrase.InMemoryDocumentFrequencies;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Document frequencies counted over one batch in memory, seen through the domain interface. */
final class BatchCorpus implements DocumentFrequencies {

    private final InMemoryDocumentFrequencies counts = new InMemoryDocumentFrequencies();

    void addDocument(Collection<String> phraseKeys) {
        counts.addDocument(phraseKeys);
    }

    @Override
    public long documentCount() {
        return counts.documentCount();
    }

    @Override
    public Map<String, Long> frequencies(Collection<String> keys) {
        Map<String, Long> result = new HashMap<>(keys.size() * 2);
        for (String key : keys) {
            long frequency = counts.frequency(key);
            if (frequency > 0) {
                result.put(key, frequency);
            }
        }
        return result;
    }
}
