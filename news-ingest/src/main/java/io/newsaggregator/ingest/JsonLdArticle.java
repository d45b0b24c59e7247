package io.newsaggregator.ingest;

import java.util.List;

/**
 * The article node of a page's JSON-LD, reduced to what extraction uses; any field may be null.
 * {@code authors} are the persons credited, {@code creditedParties} every author, organisations included.
 */
record JsonLdArticle(String headline, List<String> authors, List<String> creditedParties, String body,
                     String language, String image, String section, String description, String url,
                     String publisher) {
    static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), List.of(), null, null, null, null, null,
            null, null);
}
