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

/** Read-only questions over analysed articles: rising terms, top stories, search. */
public final class AnalysisQueries {

    private final UnitOfWork unitOfWork;
    private final TrendScoring trendScoring;

    public AnalysisQueries(UnitOfWork unitOfWork, TrendScoring trendScoring) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.trendScoring = Objects.requireNonNull(trendScoring, "trendScoring");
    }

    /**
     * Terms rising on {@code day} (UTC, articles dated by when they were first seen) against the
     * {@code baselineDays} before it, across all portals.
     */
    public List<RisingTerm> risingTerms(LocalDate day, int baselineDays, int limit) {
        return risingTerms(day, baselineDays, limit, null, TimeBasis.FIRST_SEEN);
    }

    /**
     * Terms rising on {@code day} (UTC, articles dated on {@code basis}) against the
     * {@code baselineDays} before it, in the articles of the portal with that code (each term names
     * it), or across all portals when {@code portalCodeOrNull} is null; each term as the word the
     * articles wrote most often for it.
     *
     * @throws ConfigurationException when no portal with that code is stored
     */
    public List<RisingTerm> risingTerms(LocalDate day, int baselineDays, int limit, String portalCodeOrNull,
                                        TimeBasis basis) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(basis, "basis");
        if (baselineDays < 1) {
            throw new IllegalArgumentException("baselineDays must be >= 1, was " + baselineDays);
        }
        return unitOfWork.readOnly(repos -> {
            Portal portal = portalCodeOrNull == null ? null : repos.portals().findByCode(portalCodeOrNull)
                    .orElseThrow(() -> new ConfigurationException("no stored portal '" + portalCodeOrNull + "'"));
            return ShownTerms.rising(trendScoring, repos.termCounts(), basis, day, baselineDays, limit, portal);
        });
    }

    /**
     * Why trends of {@code day} may be empty: how many analysed articles are dated on that day on
     * {@code basis}, and the newest such day of any stored article.
     */
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

    /**
     * @param analysedArticles analysed articles dated on {@code day} on {@code basis}
     * @param newestDay        the newest day on {@code basis} of any stored article, if any has one
     */
    public record TrendsCoverage(LocalDate day, TimeBasis basis, long analysedArticles, Optional<LocalDate> newestDay) {
    }

    /**
     * Stories last seen at or after {@code since} covered by at least {@code minPortals} portals, biggest
     * first, their terms shown as words.
     */
    public List<Story> topStories(Instant since, int minPortals, int limit) {
        Objects.requireNonNull(since, "since");
        return unitOfWork.readOnly(repos -> ShownTerms.stories(repos.stories().top(since, minPortals, limit),
                repos.termCounts()));
    }

    /**
     * Stories with articles dated in {@code [from, to)} on {@code basis} ({@code to} null: no end),
     * covered there by at least {@code minPortals} portals, counted from those articles only (see
     * {@link WindowStories}), most portals first.
     */
    public List<StorySummary> storiesIn(Instant from, Instant to, TimeBasis basis, int minPortals, int limit) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(basis, "basis");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        return unitOfWork.readOnly(repos -> {
            Map<PortalId, Portal> portals = new HashMap<>();
            repos.portals().find(Query.of(Portal.class)).forEach(p -> portals.put(p.id(), p));
            return WindowStories.of(repos, basis, WindowArticles.find(repos, basis, from, to), portals, minPortals, limit).top();
        });
    }

    public List<SearchHit> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return unitOfWork.readOnly(repos -> repos.search().search(query));
    }
}
