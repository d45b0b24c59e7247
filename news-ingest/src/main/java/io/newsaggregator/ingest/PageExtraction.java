package io.newsaggregator.ingest;

import io.newsaggregator.domain.error.NewsException;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.in.ExtractArticles;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.domain.port.out.PageFetcher;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Extraction of single pages: a saved page is read as if served with status 200; a fetcher is
 * built only for the first page that needs fetching, so extracting files never starts an HTTP client.
 */
final class PageExtraction implements ExtractArticles {
    private final ArticleExtractor extractor;
    private final Supplier<PageFetcher> fetchers;
    private PageFetcher fetcher;

    PageExtraction(ArticleExtractor extractor, Supplier<PageFetcher> fetchers) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.fetchers = Objects.requireNonNull(fetchers, "fetchers");
    }

    @Override
    public Result extract(Request request) {
        try {
            FetchedPage page = request.fetches()
                    ? fetcher().fetch(FetchRequest.of(request.url(), FetchTarget.ARTICLE))
                    : new FetchedPage(request.url(), request.url(), 200, false, request.body(), "text/html",
                            request.charset(), null, null, 0);
            return Result.of(request.url(), extractor.extract(page, request.rules()));
        } catch (NewsException e) {
            return Result.failed(request.url(), e);
        }
    }

    private synchronized PageFetcher fetcher() {
        if (fetcher == null) {
            fetcher = Objects.requireNonNull(fetchers.get(), "fetcher");
        }
        return fetcher;
    }
}
