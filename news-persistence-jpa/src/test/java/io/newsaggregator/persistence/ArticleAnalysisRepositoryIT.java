package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Query;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleAnalysisRepositoryIT extends JpaTestSupport {
    private PortalId portal;

    @BeforeEach
    void emptyArticles() {
        portal = uow.execute(r -> {
            r.articles().delete(Query.of(Article.class));
            return r.portals().save(Fixtures.portal()).id();
        });
    }

    static ArticleAnalysis analysis(ArticleId id, int revision, List<ScoredPhrase> phrases) {
        return new ArticleAnalysis(id, revision, "en", 0.93, 120, 7, 1, phrases, List.of("Angela Merkel", "Berlin"),
                "story-1", Fixtures.T0, "analyser-1");
    }

    private ArticleId insert(String title, java.time.Instant seen) {
        return uow.execute(r -> r.articles().upsertAll(List.of(Fixtures.article(portal, title, seen))).get(0).articleId());
    }

    @Test
    void savesAnAnalysisWithItsKeyPhrasesInRankOrderAndReadsItBack() {
        ArticleId id = insert("Stored analysis", Fixtures.T0);
        ArticleAnalysis saved = analysis(id, 1, List.of(new ScoredPhrase("elect", "Elections", 2.5, 3),
                new ScoredPhrase("vote count", "vote count", 1.25, 2)));

        uow.run(r -> r.analyses().saveAll(List.of(saved)));

        Optional<ArticleAnalysis> read = uow.readOnly(r -> r.analyses().findByArticle(id));
        assertThat(read).contains(saved);
    }

    @Test
    void savingAgainReplacesTheAnalysisAndItsKeyPhrases() {
        ArticleId id = insert("Replaced analysis", Fixtures.T0);
        uow.run(r -> r.analyses().saveAll(List.of(analysis(id, 1, List.of(new ScoredPhrase("a", "A", 1, 1),
                new ScoredPhrase("b", "B", 0.5, 1))))));
        ArticleAnalysis second = analysis(id, 2, List.of(new ScoredPhrase("c", "C", 3, 4)));

        uow.run(r -> r.analyses().saveAll(List.of(second)));
        uow.run(r -> r.analyses().saveAll(List.of(second)));

        assertThat(uow.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(id))).contains(second);
    }

    @Test
    void findByArticleIsEmptyForAnUnanalysedArticle() {
        ArticleId id = insert("Never analysed", Fixtures.T0);
        assertThat(uow.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(id))).isEmpty();
    }

    @Test
    void pendingListsNeverAnalysedAndStaleArticlesOldestFirstAndNothingOnceAllAreCurrent() {
        ArticleId newer = insert("Newer", Fixtures.T0.plusSeconds(7200));
        ArticleId older = insert("Older", Fixtures.T0);
        ArticleId current = insert("Current", Fixtures.T0.plusSeconds(100));
        uow.run(r -> r.analyses().saveAll(List.of(analysis(current, 1, List.of()))));
        // a changed article gets revision 2 and makes its analysis of revision 1 stale
        ArticleId stale = insert("Stale", Fixtures.T0.plusSeconds(200));
        uow.run(r -> r.analyses().saveAll(List.of(analysis(stale, 1, List.of()))));
        Article staleArticle = uow.readOnly(r -> r.articles().getById(stale));
        uow.run(r -> r.articles().upsertAll(List.of(Fixtures.article(portal, staleArticle.canonicalUrl(), "Stale, corrected",
                "New body", Fixtures.T0.plusSeconds(300)))));

        List<AnalysisInput> pending = uow.readOnly(r -> r.analyses().pending(10));

        assertThat(pending).extracting(AnalysisInput::articleId).containsExactly(older, stale, newer);
        AnalysisInput staleInput = pending.get(1);
        assertThat(staleInput.revision()).isEqualTo(2);
        assertThat(staleInput.title()).isEqualTo("Stale, corrected");
        assertThat(staleInput.body()).isEqualTo("New body");
        assertThat(staleInput.portalId()).isEqualTo(portal);
        assertThat(staleInput.languageHint()).isEqualTo("en");
        assertThat(staleInput.seenAt()).isEqualTo(Fixtures.T0.plusSeconds(300).minusSeconds(3600));
        assertThat(uow.<Long>readOnly(r -> r.analyses().countPending())).isEqualTo(3L);
        assertThat(uow.<List<AnalysisInput>>readOnly(r -> r.analyses().pending(1))).extracting(AnalysisInput::articleId).containsExactly(older);

        uow.run(r -> r.analyses().saveAll(pending.stream()
                .map(p -> analysis(p.articleId(), p.revision(), List.of())).toList()));

        assertThat(uow.<List<AnalysisInput>>readOnly(r -> r.analyses().pending(10))).isEmpty();
        assertThat(uow.<Long>readOnly(r -> r.analyses().countPending())).isZero();
    }

    @Test
    void analysisOfAnUnknownArticleIsRefusedAsADataIntegrityProblem() {
        assertThatThrownBy(() -> uow.run(r -> r.analyses().saveAll(List.of(analysis(ArticleId.of(999_999_999L), 1,
                List.of()))))).isInstanceOf(DataIntegrityException.class);
    }

    @Test
    void aDeletedArticleTakesItsAnalysisWithIt() {
        ArticleId id = insert("Deleted later", Fixtures.T0);
        uow.run(r -> r.analyses().saveAll(List.of(analysis(id, 1, List.of(new ScoredPhrase("x", "X", 1, 1))))));

        uow.run(r -> r.articles().deleteById(id));

        assertThat(uow.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(id))).isEmpty();
    }
}
