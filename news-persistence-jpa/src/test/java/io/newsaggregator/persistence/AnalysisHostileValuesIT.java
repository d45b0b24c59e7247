package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import io.newsaggregator.domain.model.TimeBasis;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values that look like SQL or like PostgreSQL array syntax travel through the array statements verbatim. */
class AnalysisHostileValuesIT extends JpaTestSupport {
    private static final List<String> HOSTILE = List.of("'); drop table article; --", "a,b", "{x}", "\"quoted\"",
            "back\\slash", "NULL", "", " padded ", "Zürich – 東京");

    @Test
    void keysTermsAndNamesComeBackExactlyAsStored() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        ArticleId article = uow.execute(r -> r.articles().upsertAll(List.of(Fixtures.article(portal, "Hostile", Fixtures.T0)))
                .get(0).articleId());
        List<ScoredPhrase> phrases = HOSTILE.stream().map(v -> new ScoredPhrase(v, v, 1.0, 1)).toList();
        ArticleAnalysis analysis = new ArticleAnalysis(article, 1, "en", 0.5, 1, 1, 1, phrases, HOSTILE, HOSTILE.get(0),
                Fixtures.T0, "analyser-1");
        LocalDate day = LocalDate.of(2026, 1, 10);
        String storyKey = HOSTILE.get(0);

        uow.run(r -> {
            r.analyses().saveAll(List.of(analysis));
            r.documentFrequencies().addDocument(HOSTILE, 1);
            r.termCounts().add(TimeBasis.PUBLISHED, HOSTILE.stream().map(t -> new TermDayCount(t, portal, day, 1, 1)).toList());
            r.stories().saveAll(List.of(new Story(storyKey, "Label", HOSTILE, portal, Fixtures.T0, Fixtures.T0, 1,
                    Map.of(portal, 1))));
            r.stories().assign(article, storyKey);
        });

        assertThat(uow.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(article))).contains(analysis);
        assertThat(uow.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(HOSTILE)))
                .containsOnlyKeys(HOSTILE).containsValues(1L);
        assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().ofTerms(TimeBasis.PUBLISHED, HOSTILE, day, day)))
                .extracting(TermDayCount::term).containsExactlyInAnyOrderElementsOf(HOSTILE);
        assertThat(uow.<Optional<Story>>readOnly(r -> r.stories().findByKey(storyKey)))
                .hasValueSatisfying(s -> assertThat(s.topTerms()).containsExactlyElementsOf(HOSTILE));
        assertThat(uow.<List<ArticleId>>readOnly(r -> r.stories().members(storyKey))).containsExactly(article);
    }
}
