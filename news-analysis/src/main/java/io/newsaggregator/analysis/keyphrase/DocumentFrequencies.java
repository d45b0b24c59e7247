package io.newsaggregator.analysis.keyphrase;

/**
 * How many documents of a corpus contain a phrase, keyed by the phrase key (the stemmed,
 * lower-cased word sequence of {@link Keyphrase#key()}, words joined by one space).
 *
 * <p>The stored pipeline backs this with the database; a batch run uses
 * {@link InMemoryDocumentFrequencies}. Implementations used from several threads must be
 * thread-safe. Whether the document being ranked is itself counted does not matter much: the
 * ranking smooths both counts by one.
 */
public interface DocumentFrequencies {

    /** Number of documents counted; 0 for an empty corpus. */
    long documentCount();

    /** Number of documents that contain the phrase with this key at least once; 0 if unseen. */
    long frequency(String phraseKey);

    /** No corpus at all: every phrase is equally rare, so ranking falls back to in-document evidence. */
    static DocumentFrequencies none() {
        return NoDocumentFrequencies.INSTANCE;
    }
}
