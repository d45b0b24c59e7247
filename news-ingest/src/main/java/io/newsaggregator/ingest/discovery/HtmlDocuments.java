package io.newsaggregator.ingest.discovery;

import io.newsaggregator.domain.model.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Parses a fetched HTML page with jsoup, honouring the HTTP charset, else the page's meta charset. */
final class HtmlDocuments {
    private HtmlDocuments() {
    }

    static Document parse(FetchedPage page) {
        String charset = page.charset() != null && Charset.isSupported(page.charset()) ? page.charset() : null;
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.finalUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the input is in memory
        }
    }
}
