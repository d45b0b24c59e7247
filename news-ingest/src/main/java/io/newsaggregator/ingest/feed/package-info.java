/**
 * Feed reading: RSS 0.9x/1.0/2.0 and Atom with ROME over a hardened, DTD-free XML parse, JSON Feed
 * with Jackson. Entry point: {@link io.newsaggregator.ingest.feed.Feeds}.
 */
package io.newsaggregator.ingest.feed;
