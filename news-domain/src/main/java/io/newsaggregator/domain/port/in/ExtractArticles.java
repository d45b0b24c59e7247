package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.error.NewsException;
import io.newsaggregator.domain.model.ExtractedArticle;
import io.newsaggregator.domain.model.ExtractionRules;
import java.util.Objects;

/**
 * Extracts articles from single pages, fetched or saved, without a store: title, authors, dates,
 * main text and the rest, by the same extractor ingest uses.
 */
public interface ExtractArticles {

    /** Never throws for a page that cannot be had or read: that is a result with its failure. */
    Result extract(Request request);

    /**
     * One page.
     *
     * @param url     the page's address: fetched when {@code body} is null, otherwise where the
     *                saved page came from (relative links resolve against it)
     * @param body    the saved page's bytes, or null to fetch {@code url}
     * @param charset the charset the page was served with (a Content-Type header's), or null to
     *                work it out from the bytes
     * @param rules   the portal's extraction rules, tried first; {@link ExtractionRules#NONE} for none
     */
    record Request(String url, byte[] body, String charset, ExtractionRules rules) {
        public Request {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(rules, "rules");
        }

        /** The page at {@code url}, to be fetched. */
        public static Request fetch(String url) {
            return new Request(url, null, null, ExtractionRules.NONE);
        }

        /** A saved page with no stated charset. */
        public static Request saved(String url, byte[] body) {
            return new Request(url, Objects.requireNonNull(body, "body"), null, ExtractionRules.NONE);
        }

        public boolean fetches() {
            return body == null;
        }
    }

    /**
     * What came of one page: its article, or why there is none (the page could not be fetched,
     * or was not an HTML document).
     */
    record Result(String url, ExtractedArticle article, NewsException failure) {
        public Result {
            Objects.requireNonNull(url, "url");
            if ((article == null) == (failure == null)) {
                throw new IllegalArgumentException("a result has either an article or a failure");
            }
        }

        public static Result of(String url, ExtractedArticle article) {
            return new Result(url, Objects.requireNonNull(article, "article"), null);
        }

        public static Result failed(String url, NewsException failure) {
            return new Result(url, null, Objects.requireNonNull(failure, "failure"));
        }

        public boolean extracted() {
            return article != null;
        }
    }
}
