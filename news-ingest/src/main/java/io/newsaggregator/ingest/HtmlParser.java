package io.newsaggregator.ingest;

import io.newsaggregator.domain.model.FetchedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one place where fetched HTML bytes become a jsoup document: decoded by {@link TextDecoder}
 * (header, BOM and meta charsets checked against the bytes, so a mis-declared page is not turned
 * into mojibake), then parsed with the page URL as base URI.
 */
final class HtmlParser {
    private HtmlParser() {
    }

    /**
     * @param headerCharset the charset of the Content-Type header, or null
     * @param baseUri       the page URL, for resolving relative links
     */
    public static Document parse(byte[] body, String headerCharset, String baseUri) {
        return Jsoup.parse(TextDecoder.decodeHtml(body, headerCharset).text(), baseUri);
    }

    /** A fetched page, with the charset of its header and its final URL as base URI. */
    public static Document parse(FetchedPage page) {
        return parse(page.body(), page.charset(), page.finalUrl());
    }
}
