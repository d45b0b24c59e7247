package io.newsaggregator.ingest;

import io.newsaggregator.domain.port.out.FeedReader;

/**
 * Entry point of feed reading: a {@link FeedReader} for RSS 0.9x/1.0/2.0, Atom and JSON Feed that
 * never reads a DTD or external entity, expands no entity declared by the document, repairs wrong
 * encodings where that is unambiguous and refuses unreadable content with a
 * {@link io.newsaggregator.domain.error.MalformedContentException}.
 */
final class Feeds {
    private Feeds() {
    }

    /** A new reader; it keeps no state between calls and may be shared between threads. */
    public static FeedReader reader() {
        return new RomeFeedReader();
    }
}
