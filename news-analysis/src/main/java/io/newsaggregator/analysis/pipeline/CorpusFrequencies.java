package io.newsaggregator.analysis.pipeline;

import io.newsaggregator.analysis.keyphrase.DocumentFrequencies;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The stored corpus seen through the key-phrase ranker's per-key interface: the frequencies of one
 * article's phrase keys and their single words are fetched in one call, so a database-backed
 * corpus answers one query per article instead of one per phrase.
 */
final class CorpusFrequencies implements DocumentFrequencies {

    private final io.newsaggregator.domain.analysis.DocumentFrequencies corpus;
    private final long documentCount;
    private final Set<String> prefetchedKeys;
    private final Map<String, Long> prefetched;

    private CorpusFrequencies(io.newsaggregator.domain.analysis.DocumentFrequencies corpus, Set<String> keys) {
        this.corpus = corpus;
        this.documentCount = corpus.documentCount();
        this.prefetchedKeys = keys;
        this.prefetched = corpus.frequencies(keys);
    }

    /** Fetches the frequencies of {@code phraseKeys} and of every word in them. */
    static CorpusFrequencies of(io.newsaggregator.domain.analysis.DocumentFrequencies corpus,
                                Collection<String> phraseKeys) {
        return new CorpusFrequencies(corpus, keys(phraseKeys));
    }

    /** {@code phraseKeys} and every word in them: the keys scoring those phrases asks the corpus for. */
    static Set<String> keys(Collection<String> phraseKeys) {
        Set<String> keys = new HashSet<>(phraseKeys);
        for (String key : phraseKeys) {
            if (key.indexOf(' ') >= 0) {
                for (String word : key.split(" ")) {
                    keys.add(word);
                }
            }
        }
        return keys;
    }

    @Override
    public long documentCount() {
        return documentCount;
    }

    @Override
    public long frequency(String phraseKey) {
        if (prefetchedKeys.contains(phraseKey)) {
            return prefetched.getOrDefault(phraseKey, 0L);
        }
        return corpus.frequencies(Set.of(phraseKey)).getOrDefault(phraseKey, 0L);
    }
}
