package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrendScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final PortalId HERALD = PortalId.of(1);
    private static final PortalId COURIER = PortalId.of(2);

    /** Adds one row per day, oldest first, ending today. */
    private static void series(List<TermDayCount> rows, String term, PortalId portal, int... perDay) {
        for (int i = 0; i < perDay.length; i++) {
            LocalDate day = TODAY.minusDays(perDay.length - 1L - i);
            if (perDay[i] > 0) {
                rows.add(new TermDayCount(term, portal, day, perDay[i] + 1, perDay[i]));
            }
        }
    }

    private static List<TermDayCount> week() {
        List<TermDayCount> rows = new ArrayList<>();
        series(rows, "flood", HERALD, 2, 1, 2, 2, 1, 2, 2, 14);
        series(rows, "weather", HERALD, 30, 34, 28, 31, 33, 29, 30, 36);
        series(rows, "election", HERALD, 5, 6, 5, 4, 6, 5, 5, 7);
        series(rows, "unicorn", HERALD, 0, 0, 0, 0, 0, 0, 0, 1);
        return rows;
    }

    @Test
    void termFlatForAWeekThenSpikingTodayRanksFirst() {
        List<RisingTerm> rising = TrendScorer.defaults().rising(week(), TODAY, 7, 10);

        assertThat(rising).isNotEmpty();
        RisingTerm top = rising.get(0);
        assertThat(top.term()).isEqualTo("flood");
        assertThat(top.todayCount()).isEqualTo(14);
        assertThat(top.baselineMean()).isCloseTo(12.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(top.score()).isGreaterThan(5);
    }

    @Test
    void alwaysFrequentTermDoesNotRankAboveARealBurst() {
        List<RisingTerm> rising = TrendScorer.defaults().rising(week(), TODAY, 7, 10);

        assertThat(rising).extracting(RisingTerm::term).startsWith("flood");
        RisingTerm weather = rising.stream().filter(t -> t.term().equals("weather")).findFirst().orElseThrow();
        assertThat(weather.score()).isLessThan(rising.get(0).score() / 3);
    }

    @Test
    void brandNewTermSeenOnceDoesNotOutrankARealBurstEvenWithoutMinimumSupport() {
        List<RisingTerm> rising = new TrendScorer(1, 1.0).rising(week(), TODAY, 7, 10);

        RisingTerm unicorn = rising.stream().filter(t -> t.term().equals("unicorn")).findFirst().orElseThrow();
        assertThat(unicorn.score()).isEqualTo(1.0);
        assertThat(rising.get(0).term()).isEqualTo("flood");
        assertThat(rising.indexOf(unicorn)).isGreaterThan(0);
    }

    @Test
    void defaultMinimumSupportLeavesOutTermsSeenInOneArticle() {
        assertThat(TrendScorer.defaults().rising(week(), TODAY, 7, 10))
                .extracting(RisingTerm::term).doesNotContain("unicorn");
    }

    @Test
    void countsOfAllPortalsAreSummedAndRowsWithNothingCountedAreSkipped() {
        List<TermDayCount> rows = new ArrayList<>();
        series(rows, "strike", HERALD, 3, 3, 3, 3, 3, 3, 3, 3);
        series(rows, "strike", COURIER, 0, 0, 0, 0, 0, 0, 0, 9);
        rows.add(new TermDayCount("closur", COURIER, TODAY, 0, 0));

        List<RisingTerm> overall = TrendScorer.defaults().rising(rows, TODAY, 7, 5);

        RisingTerm strike = overall.stream().filter(t -> t.term().equals("strike")).findFirst().orElseThrow();
        assertThat(strike.todayCount()).isEqualTo(12);
        assertThat(strike.baselineMean()).isEqualTo(3.0);
        assertThat(strike.portal()).isNull();
        assertThat(overall).extracting(RisingTerm::term).doesNotContain("closur");
    }

    @Test
    void limitCutsTheRankedList() {
        assertThat(new TrendScorer(1, 1.0).rising(week(), TODAY, 7, 2)).hasSize(2);
        assertThat(TrendScorer.defaults().rising(week(), TODAY, 7, 0)).isEmpty();
    }

    @Test
    void rowsOutsideTheBaselineWindowAreIgnored() {
        List<TermDayCount> rows = new ArrayList<>(week());
        rows.add(new TermDayCount("flood", HERALD, TODAY.minusDays(30), 500, 400));
        rows.add(new TermDayCount("flood", HERALD, TODAY.plusDays(1), 500, 400));

        RisingTerm top = TrendScorer.defaults().rising(rows, TODAY, 7, 1).get(0);

        assertThat(top.term()).isEqualTo("flood");
        assertThat(top.todayCount()).isEqualTo(14);
    }

    @Test
    void rejectsABaselineOfZeroDaysNamingTheArgument() {
        assertThatThrownBy(() -> TrendScorer.defaults().rising(week(), TODAY, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baselineDays");
    }
}
