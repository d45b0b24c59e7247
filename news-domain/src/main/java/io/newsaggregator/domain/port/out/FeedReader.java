package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;

/** Reads RSS, Atom, RDF (and JSON Feed) documents into article links. */
public interface FeedReader {
    /** @throws MalformedContentException when the body is not a feed it can read safely */
    ParsedFeed read(FetchedPage page);
}
