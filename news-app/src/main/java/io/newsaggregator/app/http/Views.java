package io.newsaggregator.app.http;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.ArticleDetail;
import io.newsaggregator.domain.port.in.Page;
import io.newsaggregator.domain.port.in.PortalSources;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API (see docs/api.md): domain values with portal ids shown as codes. */
final class Views {
    private Views() {
    }

    record PageView<T>(List<T> items, long total, int offset, int limit, Integer nextOffset) {
        static <T> PageView<T> of(Page<T> page) {
            return new PageView<>(page.items(), page.total(), page.request().offset(), page.request().limit(),
                    page.hasMore() ? page.request().offset() + page.items().size() : null);
        }
    }

    record ArticleSummary(long id, String portal, String url, String canonicalUrl, String title, List<String> authors,
                          Instant publishedAt, Instant modifiedAt, String section, String language, String lead,
                          String imageUrl, Instant firstSeenAt, Instant lastSeenAt, int revision) {
        static ArticleSummary of(Article a, Map<PortalId, String> codes) {
            return new ArticleSummary(a.id().value(), codes.get(a.portalId()), a.url(), a.canonicalUrl(), a.title(), a.authors(),
                    a.publishedAt(), a.modifiedAt(), a.section(), a.language(), a.lead(), a.imageUrl(), a.firstSeenAt(),
                    a.lastSeenAt(), a.revision());
        }
    }

    record RevisionView(int revision, String title, String lead, String bodyText, Instant capturedAt) {
        static RevisionView of(ArticleRevision r) {
            return new RevisionView(r.revision(), r.title(), r.lead(), r.bodyText(), r.capturedAt());
        }
    }

    record ArticleView(ArticleSummary article, String bodyText, List<RevisionView> revisions) {
        static ArticleView of(ArticleDetail d, Map<PortalId, String> codes) {
            return new ArticleView(ArticleSummary.of(d.article(), codes), d.article().bodyText(),
                    d.revisions().stream().map(RevisionView::of).toList());
        }
    }

    record HitView(long articleId, String portal, String title, String url, Instant publishedAt, double rank, String snippet) {
        static HitView of(SearchHit h, Map<PortalId, String> codes) {
            return new HitView(h.articleId().value(), codes.get(h.portalId()), h.title(), h.url(), h.publishedAt(), h.rank(),
                    h.snippet());
        }
    }

    record StoryView(String key, String label, List<String> terms, String firstPortal, Instant firstSeenAt, Instant lastSeenAt,
                     int articles, Map<String, Integer> coverage) {
        static StoryView of(Story s, Map<PortalId, String> codes) {
            Map<String, Integer> coverage = new LinkedHashMap<>();
            s.coverage().entrySet().stream().sorted(Map.Entry.<PortalId, Integer>comparingByValue().reversed())
                    .forEach(e -> coverage.put(codes.get(e.getKey()), e.getValue()));
            return new StoryView(s.storyKey(), s.label(), s.topTerms(), codes.get(s.firstPortalId()), s.firstSeenAt(),
                    s.lastSeenAt(), s.articleCount(), coverage);
        }
    }

    record SourceView(long id, String kind, String url, String category, Instant lastFetchedAt, int consecutiveFailures,
                      Instant quarantinedUntil, boolean quarantined, String lastError, Instant nextPollAt,
                      Double pollIntervalSeconds, String lastPollOutcome) {
        /** @param poll the source's schedule in the worker fleet, or null */
        static SourceView of(Feed f, SourcePoll poll, Instant now) {
            return new SourceView(f.id().value(), f.kind().name(), f.url(), f.categoryCode(), f.lastFetchedAt(),
                    f.consecutiveFailures(), f.quarantinedUntil(), !f.isDue(now), f.lastError(),
                    poll == null ? null : poll.nextPollAt(), poll == null ? null : poll.interval().toMillis() / 1000.0,
                    poll == null || poll.lastOutcome() == null ? null : poll.lastOutcome().name());
        }
    }

    record PortalView(String code, String name, String homepage, String language, long articles, Instant lastPolledAt,
                      int sources, long failingSources, long quarantinedSources, long ruleMisses) {
        static PortalView of(PortalSources p, Instant now) {
            return new PortalView(p.portal().code(), p.portal().name(), p.portal().homepage(), p.portal().language(),
                    p.articles(), p.lastPolledAt(), p.sources().size(), p.failing(), p.quarantined(now), p.ruleMisses());
        }
    }

    record PortalDetailView(PortalView portal, List<SourceView> sources) {
        static PortalDetailView of(PortalSources p, Map<FeedId, SourcePoll> polls, Instant now) {
            return new PortalDetailView(PortalView.of(p, now), p.sources().stream()
                    .map(s -> SourceView.of(s, polls.get(s.id()), now)).toList());
        }
    }

    record RunView(long id, Instant startedAt, Instant finishedAt, String status, IngestCounts counts, String message) {
        static RunView of(IngestRun r) {
            return new RunView(r.id().value(), r.startedAt(), r.finishedAt(), r.status().name(), r.counts(), r.message());
        }
    }

    record FailureView(long id, String portal, String target, String url, Integer httpStatus, String errorClass, String reason,
                       Instant occurredAt) {
        static FailureView of(FetchEvent e, Map<PortalId, String> codes) {
            return new FailureView(e.id().value(), codes.get(e.portalId()), e.target().name(), e.url(), e.httpStatus(),
                    e.errorClass() == null ? null : e.errorClass().name(), e.reason(), e.occurredAt());
        }
    }

    record ErrorView(String error, int status) {
    }

    record Accepted(String accepted, String portal, int pending) {
    }
}
