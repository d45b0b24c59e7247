package io.newsaggregator.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Incremental document frequencies and the IDF derived from them. */
final class TermStatistics {

    private static final double[] LOG_OF_SMALL = logTable(4096);

    private final Map<String, Integer> documentFrequencies;
    private long documentCount;
    private double logOfDocumentCount;

    TermStatistics() {
        this(0, Map.of());
    }

    TermStatistics(long documentCount, Map<String, Integer> documentFrequencies) {
        this.documentCount = documentCount;
        this.documentFrequencies = new HashMap<>(documentFrequencies);
        this.logOfDocumentCount = Math.log(documentCount + 1.0);
    }

    private static double[] logTable(int size) {
        double[] table = new double[size];
        for (int i = 0; i < size; i++) {
            table[i] = Math.log(i + 1.0);
        }
        return table;
    }

    private static double logOfOnePlus(int value) {
        return value < LOG_OF_SMALL.length ? LOG_OF_SMALL[value] : Math.log(value + 1.0);
    }

    void addDocument(Collection<String> distinctTerms) {
        documentCount++;
        logOfDocumentCount = Math.log(documentCount + 1.0);
        for (String term : distinctTerms) {
            documentFrequencies.merge(term, 1, Integer::sum);
        }
    }

    /** Smoothed IDF, always positive so that a term every article shares still counts a little. */
    double idf(String term) {
        int df = documentFrequencies.getOrDefault(term, 0);
        return logOfDocumentCount - logOfOnePlus(df) + 1.0;
    }

    int documentFrequency(String term) {
        return documentFrequencies.getOrDefault(term, 0);
    }

    long documentCount() {
        return documentCount;
    }

    Map<String, Integer> snapshot() {
        return new TreeMap<>(documentFrequencies);
    }
}
