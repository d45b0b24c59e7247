package io.newsaggregator.domain.report;

import io.newsaggregator.domain.model.TimeBasis;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportDataTest {
    private static final Instant NOW = Instant.parse("2026-11-24T22:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void emptyReportHasZeroTotalsAndEmptyLists() {
        ReportData data = ReportData.empty(NOW, DAY.minusDays(6), DAY, TimeBasis.FIRST_SEEN);

        assertThat(data.totals()).isEqualTo(Totals.ZERO);
        assertThat(data.articlesPerDay()).isEmpty();
        assertThat(data.risingTerms()).isEmpty();
        assertThat(data.topStories()).isEmpty();
        assertThat(data.portals()).isEmpty();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> ReportData.empty(NOW, DAY, DAY.minusDays(1), TimeBasis.FIRST_SEEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-11-23").hasMessageContaining("2026-11-24");
    }

    @Test
    void copiesListsSoLaterChangesToTheCallersListDoNotLeakIn() {
        List<PortalDayCount> counts = new ArrayList<>(List.of(new PortalDayCount("alpha", DAY, 3)));
        ReportData data = new ReportData(NOW, DAY, DAY, TimeBasis.FIRST_SEEN, Totals.ZERO, counts, List.of(), List.of(), List.of());

        counts.add(new PortalDayCount("beta", DAY, 4));

        assertThat(data.articlesPerDay()).hasSize(1);
        assertThatThrownBy(() -> data.articlesPerDay().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullCollectionsNamingTheArgument() {
        assertThatThrownBy(() -> new ReportData(NOW, DAY, DAY, TimeBasis.FIRST_SEEN, Totals.ZERO, null, List.of(), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("articlesPerDay");
    }

    @Test
    void refusesNegativeCountsNamingTheField() {
        assertThatThrownBy(() -> new Totals(1, 1, 1, 1, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failedFetches");
        assertThatThrownBy(() -> new PortalDayCount("alpha", DAY, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
    }

    @Test
    void risingTermWithoutPortalSpansAllPortals() {
        RisingTerm term = RisingTerm.acrossPortals("ceasefire", 10, 2.5, 4.0);

        assertThat(term.portal()).isNull();
        assertThat(term.portalCode()).isEmpty();
        assertThat(new RisingTerm("ceasefire", "alpha", 10, 2.5, 4.0).portalCode()).contains("alpha");
    }

    @Test
    void refusesAScoreThatIsNotANumber() {
        assertThatThrownBy(() -> RisingTerm.acrossPortals("x", 1, 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score");
    }

    @Test
    void coveringPortalHasAtLeastOneArticle() {
        assertThatThrownBy(() -> new StoryCoverage("alpha", 0, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("articleCount");
    }

    @Test
    void portalProfileCopiesItsLanguagesAndRefusesNegativeOnes() {
        Map<String, Long> languages = new HashMap<>(Map.of("en", 3L));
        PortalProfile profile = new PortalProfile("alpha", "Alpha", 3, 400, languages, List.of("budget"), 2);
        languages.put("de", 1L);

        assertThat(profile.languages()).containsOnlyKeys("en");
        assertThatThrownBy(() -> new PortalProfile("alpha", "Alpha", 3, 400, Map.of("en", -1L), List.of(), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("languages[en]");
    }
}
