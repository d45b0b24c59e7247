package io.newsaggregator.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendScoringAdapterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void termThatBurstsTodayAcrossPortalsRanksFirstAndSteadyTermDoesNotRise() {
        List<TermDayCount> counts = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            counts.add(new TermDayCount("weather", PortalId.of(1), TODAY.minusDays(d), 4, 3));
        }
        counts.add(new TermDayCount("weather", PortalId.of(1), TODAY, 4, 3));
        counts.add(new TermDayCount("storm", PortalId.of(1), TODAY, 6, 4));
        counts.add(new TermDayCount("storm", PortalId.of(2), TODAY, 5, 3));
        counts.add(new TermDayCount("closur", PortalId.of(2), TODAY, 0, 0));

        List<RisingTerm> rising = AnalysisAdapters.defaults().trendScoring().rising(counts, TODAY, 7, 10);

        assertThat(rising).first().satisfies(t -> {
            assertThat(t.term()).isEqualTo("storm");
            assertThat(t.todayCount()).isEqualTo(7);
            assertThat(t.portal()).isNull();
        });
        assertThat(rising).extracting(RisingTerm::term).doesNotContain("closur");
        rising.stream().filter(t -> t.term().equals("weather"))
                .forEach(t -> assertThat(t.score()).isLessThan(rising.get(0).score()));
    }
}
