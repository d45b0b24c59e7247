package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.ExtractedArticle;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Fetches and extracts one article page into an {@link Article}; failures become events. */
final class ArticleHarvester {
    private final PageFetcher fetcher;
    private final ArticleExtractor extractor;
    private final UrlCanonicalizer canonicalizer;
    private final Clock clock;

    ArticleHarvester(PageFetcher fetcher, ArticleExtractor extractor, UrlCanonicalizer canonicalizer, Clock clock) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.canonicalizer = canonicalizer;
        this.clock = clock;
    }

    ArticleResult harvest(ArticleCandidate candidate, RegisteredPortal portal, FetchRecorder recorder) {
        // the canonical form: no fragment, no tracking parameters, so one page is one request
        String url = candidate.canonicalUrl();
        Instant started = clock.instant();
        FetchedPage page;
        try {
            page = fetcher.fetch(FetchRequest.of(url, FetchTarget.ARTICLE), recorder::robotsFetched);
        } catch (FetchException e) {
            return ArticleResult.failed(candidate, recorder.failed(candidate.sourceId(), FetchTarget.ARTICLE, url, e, started),
                    e.isRetryable());
        }
        ExtractedArticle extracted;
        try {
            extracted = extractor.extract(page, portal.rules());
        } catch (MalformedContentException e) {
            return ArticleResult.failed(candidate, recorder.unusable(candidate.sourceId(), FetchTarget.ARTICLE, page,
                    FetchErrorClass.MALFORMED_CONTENT, FetchRecorder.reason(e)), false);
        }
        if (isBlank(extracted.text()) && isBlank(extracted.title())) {
            return ArticleResult.failed(candidate, recorder.unusable(candidate.sourceId(), FetchTarget.ARTICLE, page,
                    FetchErrorClass.NO_ARTICLE, "no title or text found on " + page.finalUrl()), false);
        }
        Article article = StorableValues.storable(toArticle(candidate, portal, page, extracted));
        String fetchedKey = canonicalizer.canonicalize(page.finalUrl()).orElse(candidate.canonicalUrl());
        FetchEvent event = extracted.bodyRuleMissed()
                ? recorder.ruleMissed(candidate.sourceId(), page)
                : recorder.fetched(candidate.sourceId(), FetchTarget.ARTICLE, page, FetchOutcome.OK);
        return new ArticleResult(candidate, Optional.of(article), event, false, fetchedKey);
    }

    private Article toArticle(ArticleCandidate candidate, RegisteredPortal portal, FetchedPage page, ExtractedArticle x) {
        String key = canonicalizer.chooseArticleKey(page.finalUrl(), x.canonicalUrl()).orElse(candidate.canonicalUrl());
        String title = firstNonBlank(x.title(), candidate.link().title());
        Instant published = x.publishedAt() != null ? x.publishedAt().toInstant() : candidate.link().publishedAt();
        String section = firstNonBlank(x.section(), candidate.sourceCategory());
        String language = firstNonBlank(x.language(), portal.portal().language());
        Instant now = clock.instant();
        return new Article(null, portal.portal().id(), key, page.finalUrl(), title, x.authors(), published,
                instant(x.modifiedAt()), section, language, x.lead(), x.text(), x.image(),
                ContentHash.of(title, x.lead(), x.text()), candidate.sourceId(), now, now, 1);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String firstNonBlank(String a, String b) {
        return !isBlank(a) ? a : isBlank(b) ? null : b;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
