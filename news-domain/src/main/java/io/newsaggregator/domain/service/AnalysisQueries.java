package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.newsaggregator.domain.port.out.ArticleSearch;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link QueryAnalysis} over the store: each question in one read-only unit of work; search on its own port. */
public final class AnalysisQueries implements QueryAnalysis {

    private final UnitOfWork unitOfWork;
    private final TrendScoring trendScoring;
    private final ArticleSearch search;

    /** @param search full-text search; an embedder's may answer without starting the unit of work's machinery */
    public AnalysisQueries(UnitOfWork unitOfWork, TrendScoring trendScoring, ArticleSearch search) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.trendScoring = Objects.requireNonNull(trendScoring, "trendScoring");
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    public List<RisingTerm> risingTerms(RisingTermsRequest request) {
        Objects.requireNonNull(request, "request");
        String code = request.portalCode();
        return unitOfWork.readOnly(repos -> {
            Portal portal = code == null ? null : repos.portals().findByCode(code)
                    .orElseThrow(() -> new ConfigurationException("no stored portal '" + code + "'"));
            return ShownTerms.rising(trendScoring, repos.termCounts(), request.basis(), request.day(),
                    request.baselineDays(), request.limit(), portal);
        });
    }

    @Override
    public TrendsCoverage trendsCoverage(LocalDate day, TimeBasis basis) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(basis, "basis");
        Field<Article, Instant> field = basis == TimeBasis.PUBLISHED ? ArticleField.PUBLISHED_AT : ArticleField.FIRST_SEEN_AT;
        return unitOfWork.readOnly(repos -> {
            long analysed = repos.termCounts().articlesPerDay(basis, day, day).values().stream()
                    .mapToLong(perDay -> perDay.values().stream().mapToLong(Long::longValue).sum()).sum();
            Optional<LocalDate> newest = repos.articles().project(Query.of(Article.class)
                            .where(field.isNotNull()).orderBy(field.desc()).limit(1),
                    List.of(field)).stream()
                    .map(row -> LocalDate.ofInstant(row.get(field), ZoneOffset.UTC)).findFirst();
            return new TrendsCoverage(day, basis, analysed, newest);
        });
    }

    /** Their terms shown as words. */
    @Override
    public List<Story> topStories(TopStoriesRequest request) {
        Objects.requireNonNull(request, "request");
        return unitOfWork.readOnly(repos -> ShownTerms.stories(
                repos.stories().top(request.since(), request.minPortals(), request.limit()), repos.termCounts()));
    }

    /** Counted from the window's articles only (see {@link WindowStories}). */
    @Override
    public List<StorySummary> storiesIn(StoriesRequest request) {
        Objects.requireNonNull(request, "request");
        return unitOfWork.readOnly(repos -> {
            Map<PortalId, Portal> portals = new HashMap<>();
            repos.portals().find(Query.of(Portal.class)).forEach(p -> portals.put(p.id(), p));
            return WindowStories.of(repos, request.basis(), WindowArticles.find(repos, request.basis(), request.from(),
                    request.to()), portals, request.minPortals(), request.limit()).top();
        });
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return search.search(query);
    }
}
