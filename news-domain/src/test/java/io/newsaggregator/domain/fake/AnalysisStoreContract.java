package io.newsaggregator.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;
import io.newsaggregator.domain.model.TimeBasis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.analysis.WrittenForm;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of the analysis ports must do alike, run against the in-memory fake (so the
 * use-case tests that rely on it test real behaviour) and against the JPA adapter on PostgreSQL.
 */
public abstract class AnalysisStoreContract {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private UnitOfWork store;
    private PortalId bbc;
    private PortalId dw;

    /** A store with nothing in it; called before each test. */
    protected abstract UnitOfWork emptyStore();

    @BeforeEach
    void openStore() {
        store = emptyStore();
        bbc = store.execute(r -> r.portals().save(Portal.create("bbc", "BBC", "https://bbc.example/", "en")).id());
        dw = store.execute(r -> r.portals().save(Portal.create("dw", "DW", "https://dw.example/", "de")).id());
    }

    private ArticleId article(PortalId portal, String slug, Instant published, Instant seen, String title) {
        String url = "https://news.example/" + portal.value() + "/" + slug;
        Article article = new Article(null, portal, url, url, title, List.of(), published, null, "world", "en", null,
                "Body of " + title, null, Integer.toHexString(title.hashCode()), null, seen, seen, 1);
        return store.execute(r -> r.articles().upsertAll(List.of(article)).get(0).articleId());
    }

    private ArticleId article(String slug, Instant seen) {
        return article(bbc, slug, seen, seen, "Title " + slug);
    }

    private static ArticleAnalysis analysis(ArticleId id, int revision, List<ScoredPhrase> phrases) {
        return new ArticleAnalysis(id, revision, "en", 0.91, 120, 6, 1, phrases, List.of("Ada Lovelace"), "s-1", T0, "analyser-1");
    }

    @Test
    void analysesAreReadBackAsSavedOneOrManyAtATime() {
        ArticleId a = article("a", T0);
        ArticleId b = article("b", T0.plusSeconds(60));
        ArticleId unanalysed = article("c", T0.plusSeconds(120));
        ArticleAnalysis first = analysis(a, 1, List.of(new ScoredPhrase("vote", "Vote", 2.5, 3),
                new ScoredPhrase("elect commiss", "election commission", 1.5, 2)));
        ArticleAnalysis second = analysis(b, 1, List.of());
        store.run(r -> r.analyses().saveAll(List.of(first, second)));

        assertThat(store.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(a))).contains(first);
        assertThat(store.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(unanalysed))).isEmpty();
        Map<ArticleId, ArticleAnalysis> many = store.readOnly(r -> r.analyses().findByArticles(List.of(b, unanalysed, a, b)));
        assertThat(many.keySet()).containsExactly(b, a);
        assertThat(many).containsEntry(a, first).containsEntry(b, second);
        assertThat(store.<Map<ArticleId, ArticleAnalysis>>readOnly(r -> r.analyses().findByArticles(List.of()))).isEmpty();
    }

    @Test
    void savingAgainReplacesTheAnalysisAndAllItsKeyPhrases() {
        ArticleId a = article("a", T0);
        store.run(r -> r.analyses().saveAll(List.of(analysis(a, 1, List.of(new ScoredPhrase("old", "Old", 1, 1),
                new ScoredPhrase("older", "Older", 0.5, 1))))));
        ArticleAnalysis newer = analysis(a, 2, List.of(new ScoredPhrase("new", "New", 3, 2)));

        store.run(r -> r.analyses().saveAll(List.of(newer)));

        assertThat(store.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(a))).contains(newer);
    }

    @Test
    void pendingArticlesComeOldestFirstAndARevisedArticleIsPendingAgain() {
        ArticleId late = article("late", T0.plusSeconds(7200));
        ArticleId undated = article(bbc, "undated", null, T0.plusSeconds(3600), "Undated");
        ArticleId early = article("early", T0);

        assertThat(store.<List<AnalysisInput>>readOnly(r -> r.analyses().pending(10)))
                .extracting(AnalysisInput::articleId).containsExactly(early, undated, late);
        assertThat(store.<List<AnalysisInput>>readOnly(r -> r.analyses().pending(2)))
                .extracting(AnalysisInput::articleId).containsExactly(early, undated);

        store.run(r -> r.analyses().saveAll(List.of(analysis(early, 1, List.of()), analysis(late, 1, List.of()))));
        assertThat(store.<Long>readOnly(r -> r.analyses().countPending())).isEqualTo(1);

        article(bbc, "early", T0, T0.plusSeconds(9000), "Early, corrected");
        List<AnalysisInput> pending = store.readOnly(r -> r.analyses().pending(10));
        assertThat(pending).extracting(AnalysisInput::articleId).containsExactly(early, undated);
        assertThat(pending.get(0).revision()).isEqualTo(2);
        assertThat(pending.get(0).title()).isEqualTo("Early, corrected");
        assertThat(pending.get(0).portalId()).isEqualTo(bbc);
    }

    @Test
    void documentFrequenciesCountDocumentsAndKeysThatReachZeroDisappear() {
        store.run(r -> r.documentFrequencies().addDocument(List.of("vote", "elect"), +1));
        store.run(r -> r.documentFrequencies().addDocument(List.of("vote", "storm"), +1));

        assertThat(store.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(2);
        assertThat(store.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of("vote", "elect", "unseen"))))
                .isEqualTo(Map.of("vote", 2L, "elect", 1L));

        store.run(r -> r.documentFrequencies().addDocument(List.of("vote", "elect"), -1));

        assertThat(store.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(1);
        assertThat(store.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of("vote", "elect", "storm"))))
                .isEqualTo(Map.of("vote", 1L, "storm", 1L));
    }

    @Test
    void takingBackAKeyThatWasNeverCountedIsAnIntegrityError() {
        assertThatThrownBy(() -> store.run(r -> r.documentFrequencies().addDocument(List.of("never"), -1)))
                .isInstanceOf(DataIntegrityException.class);
        assertThatThrownBy(() -> store.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("never", bbc, DAY, -1, -1)))))
                .isInstanceOf(DataIntegrityException.class);
    }

    @Test
    void termCountsAddUpPerTermPortalAndDayAndRowsBackAtZeroDisappear() {
        store.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", bbc, DAY, 2, 1),
                new TermDayCount("vote", dw, DAY, 1, 1), new TermDayCount("storm", bbc, DAY.plusDays(1), 3, 1))));
        store.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", bbc, DAY, 2, 1))));

        assertThat(store.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, DAY, DAY.plusDays(1), null)))
                .containsExactlyInAnyOrder(new TermDayCount("vote", bbc, DAY, 4, 2), new TermDayCount("vote", dw, DAY, 1, 1),
                        new TermDayCount("storm", bbc, DAY.plusDays(1), 3, 1));
        assertThat(store.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, DAY, DAY, bbc)))
                .containsExactly(new TermDayCount("vote", bbc, DAY, 4, 2));
        assertThat(store.<List<TermDayCount>>readOnly(r -> r.termCounts().ofTerms(TimeBasis.PUBLISHED, List.of("storm"), DAY, DAY.plusDays(3))))
                .containsExactly(new TermDayCount("storm", bbc, DAY.plusDays(1), 3, 1));

        store.run(r -> r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", bbc, DAY, -4, -2))));

        assertThat(store.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, DAY, DAY, null)))
                .containsExactly(new TermDayCount("vote", dw, DAY, 1, 1));
    }

    @Test
    void aTermIsShownAsItsMostFrequentWrittenFormAndTakenBackFormsAreForgotten() {
        store.run(r -> r.termCounts().addWrittenForms(List.of(new WrittenForm("becam", "became", 3),
                new WrittenForm("becam", "Became", 1), new WrittenForm("elect result", "election results", 2),
                new WrittenForm("elect result", "Election result", 2), new WrittenForm("kurba", "Kurban", 1))));
        store.run(r -> r.termCounts().addWrittenForms(List.of(new WrittenForm("becam", "Became", 1),
                new WrittenForm("becam", "Became", 2), new WrittenForm("kurba", "Kurbana", 2))));

        assertThat(store.<Map<String, String>>readOnly(r -> r.termCounts().mostFrequentForms(
                List.of("becam", "elect result", "kurba", "never"))))
                .as("Became 4 over became 3; a tie goes to the form that sorts first")
                .isEqualTo(Map.of("becam", "Became", "elect result", "Election result", "kurba", "Kurbana"));

        store.run(r -> r.termCounts().addWrittenForms(List.of(new WrittenForm("becam", "Became", -2),
                new WrittenForm("kurba", "Kurbana", -2))));

        assertThat(store.<Map<String, String>>readOnly(r -> r.termCounts().mostFrequentForms(List.of("becam", "kurba"))))
                .isEqualTo(Map.of("becam", "became", "kurba", "Kurban"));
        assertThat(store.<Map<String, String>>readOnly(r -> r.termCounts().mostFrequentForms(List.of())))
                .isEmpty();
    }

    @Test
    void takingBackAWrittenFormThatWasNeverCountedIsAnIntegrityErrorAndChangesNothing() {
        store.run(r -> r.termCounts().addWrittenForms(List.of(new WrittenForm("vote", "votes", 1))));

        assertThatThrownBy(() -> store.run(r -> r.termCounts().addWrittenForms(List.of(
                new WrittenForm("vote", "votes", -1), new WrittenForm("vote", "voted", -1)))))
                .isInstanceOf(DataIntegrityException.class);
        assertThat(store.<Map<String, String>>readOnly(r -> r.termCounts().mostFrequentForms(List.of("vote"))))
                .isEqualTo(Map.of("vote", "votes"));
    }

    @Test
    void articlesPerDayCountsAnalysedArticlesByPortalAndPublicationDay() {
        ArticleId monday = article("monday", T0);
        ArticleId tuesday = article("tuesday", T0.plusSeconds(86_400));
        ArticleId german = article(dw, "montag", T0, T0, "Montag");
        article("not analysed", T0);
        store.run(r -> r.analyses().saveAll(List.of(analysis(monday, 1, List.of()), analysis(tuesday, 1, List.of()),
                analysis(german, 1, List.of()))));

        assertThat(store.<Map<PortalId, Map<LocalDate, Long>>>readOnly(r -> r.termCounts().articlesPerDay(TimeBasis.PUBLISHED, DAY, DAY.plusDays(6))))
                .isEqualTo(Map.of(bbc, Map.of(DAY, 1L, DAY.plusDays(1), 1L), dw, Map.of(DAY, 1L)));
    }

    @Test
    void storiesAreSavedByKeyAndMembersComeInTheOrderTheyWereSeen() {
        ArticleId later = article("later", T0.plusSeconds(600));
        ArticleId first = article("first", T0);
        Story story = new Story("s-1", "Storm closes bridge", List.of("storm", "bridg"), bbc, T0, T0.plusSeconds(600), 2,
                Map.of(bbc, 2));
        store.run(r -> {
            r.stories().saveAll(List.of(story));
            r.stories().assign(later, "s-1");
            r.stories().assign(first, "s-1");
        });

        assertThat(store.<Optional<Story>>readOnly(r -> r.stories().findByKey("s-1"))).contains(story);
        assertThat(store.<List<ArticleId>>readOnly(r -> r.stories().members("s-1"))).containsExactly(first, later);
        assertThat(store.<Optional<Story>>readOnly(r -> r.stories().findByKey("s-unknown"))).isEmpty();

        Story grown = new Story("s-1", "Storm closes harbour bridge", List.of("storm"), bbc, T0, T0.plusSeconds(900), 3,
                Map.of(bbc, 2, dw, 1));
        store.run(r -> r.stories().saveAll(List.of(grown)));
        assertThat(store.<Optional<Story>>readOnly(r -> r.stories().findByKey("s-1"))).contains(grown);
    }

    @Test
    void countsMovedAtOnceEndAsTheDocumentsTheySumUpWould() {
        store.run(r -> r.documentFrequencies().addDocument(List.of("vote", "elect"), +1));

        store.run(r -> r.documentFrequencies().addCounts(Map.of("vote", 2L, "storm", 1L, "elect", -1L, "calm", 0L), 1));

        assertThat(store.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(2);
        assertThat(store.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(
                List.of("vote", "elect", "storm", "calm")))).isEqualTo(Map.of("vote", 3L, "storm", 1L));

        store.run(r -> r.documentFrequencies().addCounts(Map.of("vote", -3L, "storm", -1L), -2));

        assertThat(store.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isZero();
        assertThat(store.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of("vote", "storm"))))
                .isEmpty();
    }

    @Test
    void movingCountsRefusesKeysNeverCountedOrTakenBelowZeroAndKeepsTheCounts() {
        store.run(r -> r.documentFrequencies().addDocument(List.of("vote"), +1));

        assertThatThrownBy(() -> store.run(r -> r.documentFrequencies().addCounts(Map.of("vote", 1L, "never", -1L), 0)))
                .isInstanceOf(DataIntegrityException.class);
        assertThatThrownBy(() -> store.run(r -> r.documentFrequencies().addCounts(Map.of("vote", -2L), -1)))
                .isInstanceOf(DataIntegrityException.class);

        assertThat(store.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(1);
        assertThat(store.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of("vote", "never"))))
                .isEqualTo(Map.of("vote", 1L));
    }

    @Test
    void assigningManyArticlesAtOnceIsLikeAssigningThemOneByOne() {
        ArticleId a = article("a", T0);
        ArticleId b = article("b", T0.plusSeconds(60));
        ArticleId c = article("c", T0.plusSeconds(120));
        Map<ArticleId, String> first = new java.util.LinkedHashMap<>();
        first.put(c, "s-2");
        first.put(a, "s-1");
        first.put(b, "s-2");
        store.run(r -> {
            r.stories().saveAll(List.of(story("s-1", 1), story("s-2", 2)));
            r.stories().assignAll(first);
        });
        store.run(r -> r.stories().assignAll(Map.of(c, "s-1")));

        assertThat(store.<List<ArticleId>>readOnly(r -> r.stories().members("s-1"))).containsExactly(a, c);
        assertThat(store.<List<ArticleId>>readOnly(r -> r.stories().members("s-2"))).containsExactly(b);
        store.run(r -> r.stories().assignAll(Map.of()));
    }

    @Test
    void assigningAnArticleThatIsNotStoredIsNotFound() {
        ArticleId a = article("a", T0);
        ArticleId missing = ArticleId.of(a.value() + 1_000);
        store.run(r -> r.stories().saveAll(List.of(story("s-1", 1))));

        assertThatThrownBy(() -> store.run(r -> r.stories().assignAll(Map.of(a, "s-1", missing, "s-1"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(String.valueOf(missing.value()));
    }

    @Test
    void reassigningAnArticleMovesItAndMergingMovesAllMembersOfTheAbsorbedStories() {
        ArticleId a = article("a", T0);
        ArticleId b = article("b", T0.plusSeconds(60));
        ArticleId c = article("c", T0.plusSeconds(120));
        store.run(r -> {
            r.stories().saveAll(List.of(story("s-1", 1), story("s-2", 1), story("s-3", 1)));
            r.stories().assign(a, "s-1");
            r.stories().assign(b, "s-2");
            r.stories().assign(c, "s-2");
            r.stories().assign(c, "s-3");
        });
        assertThat(store.<List<ArticleId>>readOnly(r -> r.stories().members("s-2"))).containsExactly(b);

        store.run(r -> {
            r.stories().saveAll(List.of(story("s-1", 3)));
            r.stories().merge(List.of("s-2", "s-3"), "s-1");
        });

        assertThat(store.<List<ArticleId>>readOnly(r -> r.stories().members("s-1"))).containsExactly(a, b, c);
        assertThat(store.<Optional<Story>>readOnly(r -> r.stories().findByKey("s-2"))).isEmpty();
        assertThat(store.<Optional<Story>>readOnly(r -> r.stories().findByKey("s-3"))).isEmpty();
        assertThat(store.<List<ArticleId>>readOnly(r -> r.stories().members("s-3"))).isEmpty();
    }

    @Test
    void theStoryOfEachArticleIsItsCurrentMembershipAfterReassigningAndMerging() {
        ArticleId a = article("a", T0);
        ArticleId b = article("b", T0.plusSeconds(60));
        ArticleId c = article("c", T0.plusSeconds(120));
        ArticleId alone = article("alone", T0.plusSeconds(180));
        store.run(r -> {
            r.stories().saveAll(List.of(story("s-1", 1), story("s-2", 2)));
            r.stories().assignAll(Map.of(a, "s-1", b, "s-2", c, "s-2"));
            r.stories().assign(c, "s-1");
        });
        assertThat(store.<Map<ArticleId, String>>readOnly(r -> r.stories().storyKeysOf(List.of(a, b, c, alone))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "s-1", b, "s-2", c, "s-1"));

        store.run(r -> r.stories().merge(List.of("s-2"), "s-1"));

        assertThat(store.<Map<ArticleId, String>>readOnly(r -> r.stories().storyKeysOf(List.of(b, alone))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(b, "s-1"));
        assertThat(store.<Map<ArticleId, String>>readOnly(r -> r.stories().storyKeysOf(List.of()))).isEmpty();
    }

    @Test
    void topStoriesComeByPortalsThenArticlesThenRecencyWithinTheFilters() {
        store.run(r -> r.stories().saveAll(List.of(
                new Story("narrow-big", "Narrow", List.of(), bbc, T0, T0.plusSeconds(100), 9, Map.of(bbc, 9)),
                new Story("wide", "Wide", List.of(), bbc, T0, T0.plusSeconds(50), 2, Map.of(bbc, 1, dw, 1)),
                new Story("wide-recent", "Wide, recent", List.of(), dw, T0, T0.plusSeconds(200), 2, Map.of(bbc, 1, dw, 1)),
                new Story("old", "Old", List.of(), bbc, T0.minusSeconds(90_000), T0.minusSeconds(86_400), 5,
                        Map.of(bbc, 3, dw, 2)))));

        assertThat(store.<List<Story>>readOnly(r -> r.stories().top(T0, 1, 10))).extracting(Story::storyKey)
                .containsExactly("wide-recent", "wide", "narrow-big");
        assertThat(store.<List<Story>>readOnly(r -> r.stories().top(T0, 2, 10))).extracting(Story::storyKey)
                .containsExactly("wide-recent", "wide");
        assertThat(store.<List<Story>>readOnly(r -> r.stories().top(T0.minusSeconds(86_400), 2, 1)))
                .extracting(Story::storyKey).containsExactly("old");
    }

    @Test
    void theClustererStateVersionStartsAtZeroAndEverySaveRaisesIt() {
        assertThat(store.<Long>readOnly(r -> r.stories().clustererStateVersion())).isZero();
        assertThat(store.<Optional<byte[]>>readOnly(r -> r.stories().loadClustererState())).isEmpty();

        assertThat(store.<Long>execute(r -> r.stories().saveClustererState(new byte[] {1, 2}))).isEqualTo(1);
        assertThat(store.<Long>execute(r -> r.stories().saveClustererState(new byte[] {3}))).isEqualTo(2);

        assertThat(store.<Long>readOnly(r -> r.stories().clustererStateVersion())).isEqualTo(2);
        assertThat(store.<Optional<byte[]>>readOnly(r -> r.stories().loadClustererState()))
                .hasValueSatisfying(state -> assertThat(state).containsExactly(3));
    }

    private Story story(String key, int articles) {
        return new Story(key, "Story " + key, List.of(), bbc, T0, T0.plusSeconds(120), articles, Map.of(bbc, articles));
    }
}
