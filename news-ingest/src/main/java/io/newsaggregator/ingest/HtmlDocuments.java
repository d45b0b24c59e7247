package io.newsaggregator.ingest;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FetchedPage;
import java.util.Locale;
import org.jsoup.nodes.Document;

/** Turns a fetched body into a jsoup document, refusing bodies that are not HTML. */
final class HtmlDocuments {
    private static final int SNIFF_BYTES = 1024;

    private HtmlDocuments() {
    }

    static Document parse(FetchedPage page) {
        byte[] body = page.body();
        if (body.length == 0) {
            throw new MalformedContentException(page.finalUrl(), "Empty body where an HTML article page was expected");
        }
        if (!isHtmlMediaType(page.contentType())) {
            throw new MalformedContentException(page.finalUrl(),
                    "Content type " + page.contentType() + " is not HTML; cannot extract an article");
        }
        if (!looksLikeMarkup(body)) {
            throw new MalformedContentException(page.finalUrl(),
                    "Body does not start like an HTML document (no markup in the first " + SNIFF_BYTES + " bytes)");
        }
        return HtmlParser.parse(body, page.charset(), page.finalUrl());
    }

    private static boolean isHtmlMediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        // servers mislabel pages as plain text, octet streams or generic XML; feeds and other types are not pages
        return type.contains("html") || type.equals("text/plain") || type.equals("application/octet-stream")
                || type.equals("application/xml") || type.equals("text/xml");
    }

    private static boolean looksLikeMarkup(byte[] body) {
        int limit = Math.min(body.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (body[i] == 0) {
                return false; // binary, or UTF-16 without BOM which no news page uses
            }
        }
        for (int i = 0; i < limit; i++) {
            if (body[i] == '<') {
                return true;
            }
        }
        return false;
    }
}
