package io.newsaggregator.analysis.pipeline;

import io.newsaggregator.analysis.trend.TrendScorer;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.port.out.TrendScoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link TrendScoring} over the burst scorer {@link TrendScorer}. */
final class TrendScoringAdapter implements TrendScoring {

    private final TrendScorer scorer;

    TrendScoringAdapter(TrendScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    public List<RisingTerm> rising(List<TermDayCount> counts, LocalDate day, int baselineDays, int limit) {
        Objects.requireNonNull(counts, "counts");
        List<io.newsaggregator.analysis.trend.TermDayCount> converted = new ArrayList<>(counts.size());
        for (TermDayCount count : counts) {
            // taken-back revisions can leave zero rows behind; negative ones would be a store error
            if (count.count() > 0 && count.docCount() > 0) {
                converted.add(new io.newsaggregator.analysis.trend.TermDayCount(count.term(),
                        IncrementalStoryClustererAdapter.portalKey(count.portalId()), count.day(), count.count(),
                        count.docCount()));
            }
        }
        return scorer.rising(converted, day, baselineDays, limit).stream()
                .map(r -> RisingTerm.acrossPortals(r.term(), r.todayCount(), r.baselineMean(), r.score()))
                .toList();
    }
}
