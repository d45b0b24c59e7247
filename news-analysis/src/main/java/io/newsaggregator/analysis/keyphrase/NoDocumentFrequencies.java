package io.newsaggregator.analysis.keyphrase;

/** The empty corpus. */
enum NoDocumentFrequencies implements DocumentFrequencies {
    INSTANCE;

    @Override
    public long documentCount() {
        return 0;
    }

    @Override
    public long frequency(String phraseKey) {
        return 0;
    }
}
