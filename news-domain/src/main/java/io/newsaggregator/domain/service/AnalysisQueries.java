package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Read-only questions over analysed articles: rising terms, top stories, search. */
public final class AnalysisQueries {

    private final UnitOfWork unitOfWork;
    private final TrendScoring trendScoring;

    public AnalysisQueries(UnitOfWork unitOfWork, TrendScoring trendScoring) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.trendScoring = Objects.requireNonNull(trendScoring, "trendScoring");
    }

    /** Terms rising on {@code day} (UTC) against the {@code baselineDays} before it, across all portals. */
    public List<RisingTerm> risingTerms(LocalDate day, int baselineDays, int limit) {
        return risingTerms(day, baselineDays, limit, null);
    }

    /**
     * Terms rising on {@code day} (UTC) against the {@code baselineDays} before it, in one portal's
     * articles, or across all portals when {@code portalOrNull} is null; each term as the word the
     * articles wrote most often for it.
     */
    public List<RisingTerm> risingTerms(LocalDate day, int baselineDays, int limit, PortalId portalOrNull) {
        Objects.requireNonNull(day, "day");
        if (baselineDays < 1) {
            throw new IllegalArgumentException("baselineDays must be >= 1, was " + baselineDays);
        }
        return unitOfWork.readOnly(repos -> ShownTerms.rising(trendScoring, repos.termCounts(), day, baselineDays, limit,
                portalOrNull));
    }

    /** Stories last seen at or after {@code since} covered by at least {@code minPortals} portals, biggest first. */
    public List<Story> topStories(Instant since, int minPortals, int limit) {
        Objects.requireNonNull(since, "since");
        return unitOfWork.readOnly(repos -> repos.stories().top(since, minPortals, limit));
    }

    public List<SearchHit> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return unitOfWork.readOnly(repos -> repos.search().search(query));
    }
}
