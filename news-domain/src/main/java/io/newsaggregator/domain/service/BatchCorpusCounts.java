package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.port.out.DocumentFrequencyRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored document frequencies as one batch moves them: each count is read from the store once,
 * the batch's additions and take-backs are applied in memory, and the net change is written with
 * one call at the end. Every article is still scored against the counts including the articles
 * before it in the batch, exactly as if each had been written on its own: the batch holds the
 * analysis lock, so nothing else changes the stored counts meanwhile.
 */
final class BatchCorpusCounts implements DocumentFrequencies {
    private final DocumentFrequencyRepository store;
    /** Stored frequencies of the keys read so far, 0 for keys the store does not hold. */
    private final Map<String, Long> stored = new HashMap<>();
    /** What this batch moved each key by, written by {@link #flush()}. */
    private final Map<String, Long> deltas = new HashMap<>();
    private long storedDocuments = -1;
    private long documentDelta;

    BatchCorpusCounts(DocumentFrequencyRepository store) {
        this.store = store;
    }

    @Override
    public long documentCount() {
        if (storedDocuments < 0) {
            storedDocuments = store.documentCount();
        }
        return storedDocuments + documentDelta;
    }

    /** Keys never seen are absent, like keys whose count fell to zero: as the store answers. */
    @Override
    public Map<String, Long> frequencies(Collection<String> keys) {
        load(keys);
        Map<String, Long> found = new HashMap<>();
        for (String key : keys) {
            long frequency = frequency(key);
            if (frequency > 0) {
                found.put(key, frequency);
            }
        }
        return found;
    }

    /**
     * Counts one more document containing each key ({@code delta} +1) or one fewer ({@code delta}
     * -1), with the store's rule that a take-back may only remove keys that are counted.
     */
    void addDocument(Collection<String> keys, int delta) {
        Set<String> distinct = new LinkedHashSet<>(keys);
        if (delta < 0) {
            load(distinct);
            long neverCounted = distinct.stream().filter(k -> frequency(k) + delta < 0).count();
            if (neverCounted > 0) {
                throw new DataIntegrityException("Taking back a document failed: " + neverCounted + " of its "
                        + distinct.size() + " phrase keys were never counted", null, null);
            }
        }
        for (String key : distinct) {
            deltas.merge(key, (long) delta, Long::sum);
        }
        documentDelta += delta;
    }

    /** Writes the net change of the batch to the store. */
    void flush() {
        Map<String, Long> moved = new HashMap<>();
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                moved.put(key, delta);
            }
        });
        if (!moved.isEmpty() || documentDelta != 0) {
            store.addCounts(moved, documentDelta);
        }
        deltas.clear();
        documentDelta = 0;
        storedDocuments = -1;
        stored.clear();
    }

    /** Reads the stored frequencies of {@code keys} (and the document count) now, in one call, for the batch's later questions. */
    void prefetch(Collection<String> keys) {
        documentCount();
        load(keys);
    }

    /** Call after {@link #load} of the key. */
    private long frequency(String key) {
        return stored.get(key) + deltas.getOrDefault(key, 0L);
    }

    private void load(Collection<String> keys) {
        List<String> unknown = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        for (String key : keys) {
            if (!stored.containsKey(key) && asked.add(key)) {
                unknown.add(key);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, Long> found = store.frequencies(unknown);
        for (String key : unknown) {
            stored.put(key, found.getOrDefault(key, 0L));
        }
    }
}
