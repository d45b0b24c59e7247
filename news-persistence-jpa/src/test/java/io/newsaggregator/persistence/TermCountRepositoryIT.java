package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import io.newsaggregator.domain.model.TimeBasis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TermCountRepositoryIT extends JpaTestSupport {
    private static final LocalDate D1 = LocalDate.of(2026, 1, 10);
    private static final LocalDate D2 = D1.plusDays(1);
    private static final LocalDate D3 = D1.plusDays(2);

    private PortalId bbc;
    private PortalId dw;

    @BeforeAll
    void portals() {
        bbc = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        dw = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
    }

    @Test
    void addsUpCountsPerTermPortalAndDayAndReadsRanges() {
        uow.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(
                new TermDayCount("elect", bbc, D1, 3, 1),
                new TermDayCount("elect", bbc, D1, 2, 1),
                new TermDayCount("elect", dw, D1, 1, 1),
                new TermDayCount("vote", bbc, D2, 4, 2),
                new TermDayCount("storm", bbc, D3, 5, 1))));
        uow.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("elect", bbc, D1, 1, 1))));

        assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, D1, D2, null))).containsExactly(
                new TermDayCount("elect", bbc, D1, 6, 3),
                new TermDayCount("elect", dw, D1, 1, 1),
                new TermDayCount("vote", bbc, D2, 4, 2));
        assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, D1, D3, dw)))
                .containsExactly(new TermDayCount("elect", dw, D1, 1, 1));
        assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().ofTerms(TimeBasis.PUBLISHED, List.of("storm", "vote"), D1, D3))).containsExactly(
                new TermDayCount("vote", bbc, D2, 4, 2),
                new TermDayCount("storm", bbc, D3, 5, 1));
    }

    @Test
    void negativeCountsTakeBackAndRowsTakenBackToNothingDisappear() {
        LocalDate day = D1.plusDays(30);
        uow.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("flood", bbc, day, 3, 2),
                new TermDayCount("rain", bbc, day, 1, 1))));

        uow.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("flood", bbc, day, -1, -1),
                new TermDayCount("rain", bbc, day, -1, -1))));

        assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, day, day, null)))
                .containsExactly(new TermDayCount("flood", bbc, day, 2, 1));
    }

    @Test
    void takingBackMoreThanWasCountedIsRefused() {
        LocalDate day = D1.plusDays(40);
        assertThatThrownBy(() -> uow.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("ghost", bbc, day, -1, -1)))))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("never counted");
        uow.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("once", bbc, day, 1, 1))));
        assertThatThrownBy(() -> uow.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("once", bbc, day, -2, -1)))))
                .isInstanceOf(DataIntegrityException.class);
        assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, day, day, bbc)))
                .containsExactly(new TermDayCount("once", bbc, day, 1, 1));
    }

    @Test
    void articlesPerDayCountsAnalysedArticlesByPortalAndUtcDay() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        Instant late = day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(23 * 3600 + 3599 + 3600);
        // Fixtures publish one hour before the seen time: published 23:59:59 on day 1, 00:59:59 on day 2
        ArticleId a1 = upsert(bbc, "Late on day one", late);
        ArticleId a2 = upsert(bbc, "Early on day two", late.plusSeconds(3600));
        ArticleId a3 = upsert(dw, "Another portal", late);
        upsert(dw, "Not analysed", late);
        uow.run(r -> r.analyses().saveAll(List.of(analysis(a1), analysis(a2), analysis(a3))));

        Map<PortalId, Map<LocalDate, Long>> perDay = uow.readOnly(r -> r.termCounts().articlesPerDay(TimeBasis.PUBLISHED, day, day.plusDays(1)));

        assertThat(perDay).containsOnlyKeys(bbc, dw);
        assertThat(perDay.get(bbc)).containsExactlyInAnyOrderEntriesOf(Map.of(day, 1L, day.plusDays(1), 1L));
        assertThat(perDay.get(dw)).containsExactlyInAnyOrderEntriesOf(Map.of(day, 1L));
        assertThat(uow.<Map<PortalId, Map<LocalDate, Long>>>readOnly(r -> r.termCounts().articlesPerDay(TimeBasis.PUBLISHED, day, day)).get(bbc))
                .containsOnlyKeys(day);
    }

    private ArticleId upsert(PortalId portal, String title, Instant seen) {
        Article article = Fixtures.article(portal, title, seen);
        return uow.execute(r -> r.articles().upsertAll(List.of(article)).get(0).articleId());
    }

    private static ArticleAnalysis analysis(ArticleId id) {
        return new ArticleAnalysis(id, 1, "en", 1.0, 10, 1, 1, List.of(), List.of(), null, Fixtures.T0, "analyser-1");
    }
}
