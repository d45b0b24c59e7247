package io.newsaggregator.ingest.discovery;

import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.ingest.html.HtmlParser;
import org.jsoup.nodes.Document;

/** Parses a fetched HTML page with its charset worked out by {@link HtmlParser}. */
final class HtmlDocuments {
    private HtmlDocuments() {
    }

    static Document parse(FetchedPage page) {
        return HtmlParser.parse(page.body(), page.charset(), page.finalUrl());
    }
}
