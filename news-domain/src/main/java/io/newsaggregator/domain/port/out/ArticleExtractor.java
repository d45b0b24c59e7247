package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.ExtractedArticle;
import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.FetchedPage;

/** Reads title, authors, dates, main text and the rest from an article page. */
public interface ArticleExtractor {
    /**
     * Applies the portal's rules first, then structured metadata, then generic heuristics.
     *
     * @throws MalformedContentException when the body is not an HTML document
     */
    ExtractedArticle extract(FetchedPage page, ExtractionRules rules);
}
