package io.newsaggregator.domain.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Document frequencies held in memory, built by adding each document's phrase keys once. Safe to
 * add to and read from several threads.
 */
public final class InMemoryDocumentFrequencies implements DocumentFrequencies {

    private final Map<String, LongAdder> frequencies = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();

    /** Counts one document containing {@code phraseKeys}; duplicates within it count once. */
    public void addDocument(Collection<String> phraseKeys) {
        Objects.requireNonNull(phraseKeys, "phraseKeys");
        for (String key : new HashSet<>(phraseKeys)) {
            frequencies.computeIfAbsent(Objects.requireNonNull(key, "phrase key"), k -> new LongAdder()).increment();
        }
        documents.incrementAndGet();
    }

    @Override
    public long documentCount() {
        return documents.get();
    }

    /** Keys never seen are absent. */
    @Override
    public Map<String, Long> frequencies(Collection<String> keys) {
        Map<String, Long> found = new HashMap<>(keys.size() * 2);
        for (String key : keys) {
            LongAdder count = frequencies.get(key);
            if (count != null) {
                found.put(key, count.sum());
            }
        }
        return found;
    }

    /** Number of distinct phrase keys seen. */
    public int distinctPhrases() {
        return frequencies.size();
    }
}
