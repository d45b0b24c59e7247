package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Read-only questions over analysed articles: rising terms, stories, full-text search. */
public interface QueryAnalysis {

    /**
     * Terms rising on the request's day against the days before it, each as the word the articles
     * wrote most often for it.
     *
     * @throws io.newsaggregator.domain.error.ConfigurationException when no portal with the requested code is stored
     */
    List<RisingTerm> risingTerms(RisingTermsRequest request);

    /** Why trends of {@code day} may be empty: how many analysed articles they can count, and the newest day stored. */
    TrendsCoverage trendsCoverage(LocalDate day, TimeBasis basis);

    /** Stories last seen at or after {@code since} covered by at least {@code minPortals} portals, biggest first. */
    List<Story> topStories(TopStoriesRequest request);

    /**
     * Stories with articles dated in the request's window, counted from those articles only, most
     * portals first.
     */
    List<StorySummary> storiesIn(StoriesRequest request);

    /** Full-text search over stored articles, ranked. */
    List<SearchHit> search(SearchQuery query);

    /**
     * @param day          the day (UTC) whose terms rise
     * @param baselineDays the days before it that count as usual, at least 1
     * @param portalCode   one portal's articles (each term names it), or null for all portals
     * @param basis        which time dates an article
     */
    record RisingTermsRequest(LocalDate day, int baselineDays, int limit, String portalCode, TimeBasis basis) {
        public RisingTermsRequest {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(basis, "basis");
            if (baselineDays < 1) {
                throw new IllegalArgumentException("baselineDays must be >= 1, was " + baselineDays);
            }
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0, was " + limit);
            }
        }

        /** Across all portals, articles dated by when they were first seen. */
        public static RisingTermsRequest acrossPortals(LocalDate day, int baselineDays, int limit) {
            return new RisingTermsRequest(day, baselineDays, limit, null, TimeBasis.FIRST_SEEN);
        }
    }

    record TopStoriesRequest(Instant since, int minPortals, int limit) {
        public TopStoriesRequest {
            Objects.requireNonNull(since, "since");
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0, was " + limit);
            }
        }
    }

    /** @param to the end of the window, exclusive, or null for no end */
    record StoriesRequest(Instant from, Instant to, TimeBasis basis, int minPortals, int limit) {
        public StoriesRequest {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(basis, "basis");
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0, was " + limit);
            }
        }
    }

    /**
     * @param analysedArticles analysed articles dated on {@code day} on {@code basis}
     * @param newestDay        the newest day on {@code basis} of any stored article, if any has one
     */
    record TrendsCoverage(LocalDate day, TimeBasis basis, long analysedArticles, Optional<LocalDate> newestDay) {
        public TrendsCoverage {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(newestDay, "newestDay");
        }
    }
}
