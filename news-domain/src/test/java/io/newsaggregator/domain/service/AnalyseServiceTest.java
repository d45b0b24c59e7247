package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import io.newsaggregator.domain.model.TimeBasis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.ArticleRevisionField;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.out.ArticleAnalysisRepository;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.ArticleRepository;
import io.newsaggregator.domain.port.out.ArticleRevisionRepository;
import io.newsaggregator.domain.port.out.ArticleSearch;
import io.newsaggregator.domain.port.out.CategoryRepository;
import io.newsaggregator.domain.port.out.DocumentFrequencyRepository;
import io.newsaggregator.domain.port.out.FeedRepository;
import io.newsaggregator.domain.port.out.FetchEventRepository;
import io.newsaggregator.domain.port.out.IngestRunRepository;
import io.newsaggregator.domain.port.out.PortalRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import io.newsaggregator.domain.port.out.StoryRepository;
import io.newsaggregator.domain.port.out.TermCountRepository;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The analyse use case over the in-memory store, with articles stored as ingest stores them. */
class AnalyseServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate MONDAY_DATE = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC);

    private final InMemoryStore store = new InMemoryStore();
    private final PortalId guardian = savePortal(store, "guardian");
    private final PortalId bbc = savePortal(store, "bbc");
    private final List<Optional<byte[]>> restoredFrom = new ArrayList<>();

    @Test
    void analysesEveryPendingArticleInBatchesAndASecondRunChangesNothing() {
        ArticleId harbour = ingest(store, 1, guardian, "Harbour bridge closed after storm", "The harbour bridge stays closed.");
        ArticleId budget = ingest(store, 2, bbc, "Budget vote delayed in parliament", "Parliament delayed the budget vote.");
        ArticleId orchestra = ingest(store, 3, bbc, "Orchestra opens autumn season", "The orchestra opened its season.");
        List<ArticleId> all = List.of(harbour, budget, orchestra);

        AnalyseReport first = service(2).analyse();

        assertThat(first.articles()).isEqualTo(3);
        assertThat(first.batches()).isEqualTo(2);
        assertThat(all).allSatisfy(id -> assertThat(store.analyses().findByArticle(id)).isPresent());
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(3);
        assertThat(store.documentFrequencies().frequencies(List.of("harbour", "parliament")))
                .containsEntry("harbour", 1L).containsEntry("parliament", 1L);
        assertThat(termCounts(store)).contains(new TermDayCount("harbour", guardian, MONDAY_DATE, 2, 1));
        Map<ArticleId, ArticleAnalysis> analyses = analyses(store, all);
        Map<String, Long> frequencies = frequencies(store);
        List<TermDayCount> termCounts = termCounts(store);
        byte[] state = store.stories().loadClustererState().orElseThrow();
        int restores = restoredFrom.size();

        AnalyseReport second = service(2).analyse();

        assertThat(second.articles()).isZero();
        assertThat(second.batches()).isZero();
        assertThat(analyses(store, all)).isEqualTo(analyses);
        assertThat(frequencies(store)).isEqualTo(frequencies);
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(3);
        assertThat(termCounts(store)).isEqualTo(termCounts);
        // without a clusterer the run has no state to save: it was never restored
        assertThat(restoredFrom).hasSize(restores);
        assertThat(store.stories().loadClustererState()).hasValueSatisfying(s -> assertThat(s).isEqualTo(state));
    }

    @Test
    void anOldArticleCountsOnItsPublicationDayAndOnTheDayItWasFirstSeenAndARevisionMovesBoth() {
        Instant published = MONDAY.minus(Duration.ofDays(5));
        ArticleId old = ingestPublished(store, published, "Harbour bridge closed after storm", "The harbour bridge stays closed.");

        service(10).analyse();

        LocalDate publishedDay = LocalDate.of(2026, 2, 25);
        assertThat(termCounts(store)).contains(new TermDayCount("harbour", guardian, publishedDay, 2, 1))
                .noneMatch(c -> c.day().equals(MONDAY_DATE));
        assertThat(firstSeenCounts(store)).contains(new TermDayCount("harbour", guardian, MONDAY_DATE, 2, 1))
                .noneMatch(c -> c.day().equals(publishedDay));

        ingestPublished(store, published, "Ferry cancelled after storm", "The ferry stays in port.");
        service(10).analyse();

        assertThat(store.articles().getById(old).revision()).isEqualTo(2);
        assertThat(firstSeenCounts(store)).extracting(TermDayCount::term).contains("ferry").doesNotContain("harbour");
        assertThat(termCounts(store)).extracting(TermDayCount::term).contains("ferry").doesNotContain("harbour");
    }

    @Test
    void revisedArticleReplacesItsOldContributionExactlyOnce() {
        ArticleId id = ingest(store, 1, guardian, "Harbour bridge closed", "Storm damage on the bridge.");
        service(10).analyse();
        reviseTo(store, 1, guardian, "Harbour bridge reopened", "Engineers reopened the bridge.");

        AnalyseReport report = service(10).analyse();
        service(10).analyse();

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.revised()).isEqualTo(1);
        assertThat(report.takenBack()).isEqualTo(1);
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(1);
        // keys taken back to nothing are gone, as in the database
        assertThat(store.documentFrequencies().frequencies(List.of("bridge", "reopened", "closed", "storm")))
                .isEqualTo(Map.of("bridge", 1L, "reopened", 1L));
        assertThat(termCounts(store))
                .contains(new TermDayCount("bridge", guardian, MONDAY_DATE, 2, 1),
                        new TermDayCount("reopened", guardian, MONDAY_DATE, 2, 1))
                .noneMatch(c -> c.term().equals("closed") || c.term().equals("storm"));
        assertThat(store.analyses().findByArticle(id).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void afterAnAnalyserUpgradeARevisionKeepsTheOldCountsInsteadOfTakingBackWhatTheNewVersionWouldCount() {
        ArticleId id = ingest(store, 1, guardian, "Harbour bridge closed", "Storm damage on the bridge.");
        service(10).analyse();
        reviseTo(store, 1, guardian, "Harbour bridge reopened", "Engineers reopened the bridge.");

        AnalyseReport report = new AnalyseService(store, new WordAnalyzer("words-2"), TitleClusterer::restore, CLOCK, 10)
                .analyse();

        assertThat(report.revised()).isEqualTo(1);
        assertThat(report.takenBack()).isZero();
        assertThat(report.oldCountsKept()).isEqualTo(1);
        ArticleAnalysis now = store.analyses().findByArticle(id).orElseThrow();
        assertThat(now.revision()).isEqualTo(2);
        assertThat(now.analyserVersion()).isEqualTo("words-2");
        // both texts stay counted: the old version's counts cannot be recomputed by the new one
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(2);
        assertThat(store.documentFrequencies().frequencies(List.of("closed", "reopened")))
                .isEqualTo(Map.of("closed", 1L, "reopened", 1L));
    }

    @Test
    void anArticleTheAnalyserFailsOnIsSkippedUntilItChangesAndTheRestIsAnalysed() {
        ingest(store, 1, guardian, "Harbour bridge closed", "Storm damage.");
        ArticleId poisoned = ingest(store, 2, bbc, "Poison pill headline", "Text the analyser cannot handle.");
        ingest(store, 3, bbc, "Budget vote delayed", "Parliament waits.");

        AnalyseReport report = new AnalyseService(store, new FailingOn("poison"), TitleClusterer::restore, CLOCK, 10)
                .analyse();

        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(store.documentFrequencies().documentCount()).as("the failed article counted nothing").isEqualTo(2);
        assertThat(store.analyses().countPending()).isZero();
        ArticleAnalysis marker = store.analyses().findByArticle(poisoned).orElseThrow();
        assertThat(marker.language()).isEqualTo(io.newsaggregator.domain.model.Languages.UNDETERMINED);
        assertThat(marker.keyphrases()).isEmpty();
        assertThat(marker.outcome()).isEqualTo(io.newsaggregator.domain.analysis.AnalysisOutcome.FAILED);
        assertThat(marker.analyserVersion()).as("the bare version, no marker glued on").isEqualTo(new FailingOn("poison").version());
        assertThat(new AnalyseService(store, new FailingOn("poison"), TitleClusterer::restore, CLOCK, 10).analyse()
                .articles()).as("not offered again while unchanged").isZero();

        reviseTo(store, 2, bbc, "Harbour bridge reopened", "Engineers at work.");
        AnalyseReport afterFix = new AnalyseService(store, new FailingOn("poison"), TitleClusterer::restore, CLOCK, 10)
                .analyse();

        assertThat(afterFix.failed()).isZero();
        assertThat(afterFix.takenBack()).isZero();
        assertThat(afterFix.oldCountsKept()).isZero();
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(3);
        assertThat(store.analyses().findByArticle(poisoned).orElseThrow().language()).isEqualTo("en");
        assertThat(store.analyses().findByArticle(poisoned).orElseThrow().outcome())
                .isEqualTo(io.newsaggregator.domain.analysis.AnalysisOutcome.ANALYSED);
    }

    @Test
    void aRevisionTheAnalyserFailsOnKeepsTheArticlesEarlierCountsAndStory() {
        ArticleId id = ingest(store, 1, guardian, "Harbour bridge closed", "Storm damage on the bridge.");
        service(10).analyse();
        String story = storyOf(id);
        Map<String, Long> before = frequencies(store);
        List<TermDayCount> countsBefore = termCounts(store);
        reviseTo(store, 1, guardian, "Harbour bridge poison", "A text the analyser fails on.");

        AnalyseReport report = new AnalyseService(store, new FailingOn("poison"), TitleClusterer::restore, CLOCK, 10)
                .analyse();

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.takenBack()).as("what the batch took back was put back").isZero();
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(1);
        assertThat(frequencies(store)).isEqualTo(before);
        assertThat(termCounts(store)).isEqualTo(countsBefore);
        assertThat(storyOf(id)).isEqualTo(story);
    }

    @Test
    void revisedArticleKeepsItsStoryAndIsNotCountedTwiceInIt() {
        ArticleId id = ingest(store, 1, guardian, "Harbour bridge closed", "Storm damage.");
        service(10).analyse();
        String storyKey = store.analyses().findByArticle(id).orElseThrow().storyKey();
        reviseTo(store, 1, guardian, "Harbour bridge closed for weeks", "Storm damage is worse.");

        service(10).analyse();

        assertThat(store.analyses().findByArticle(id).orElseThrow().storyKey()).isEqualTo(storyKey);
        assertThat(store.stories().findByKey(storyKey).orElseThrow().articleCount()).isEqualTo(1);
        assertThat(store.stories().members(storyKey)).containsExactly(id);
    }

    @Test
    void revisionWhoseOldTextIsGoneIsReportedAndStillAnalysed() {
        ArticleId id = ingest(store, 1, guardian, "Harbour bridge closed", "Storm damage.");
        service(10).analyse();
        reviseTo(store, 1, guardian, "Harbour bridge reopened", "Engineers at work.");
        long pruned = store.execute(repos -> repos.revisions()
                .delete(Query.of(ArticleRevision.class).where(ArticleRevisionField.ARTICLE_ID.eq(id))));

        AnalyseReport report = service(10).analyse();

        assertThat(pruned).isEqualTo(1);
        assertThat(report.oldCountsKept()).isEqualTo(1);
        assertThat(report.takenBack()).isZero();
        assertThat(store.analyses().findByArticle(id).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void rewritesOfOneEventFromTwoPortalsShareAStoryAndAnUnrelatedArticleDoesNot() {
        ArticleId guardianBridge = ingest(store, 1, guardian, "Harbour bridge closed after storm", "Damage found.");
        ArticleId bbcBridge = ingest(store, 2, bbc, "Storm closes harbour bridge", "Engineers inspect.");
        ArticleId orchestra = ingest(store, 3, bbc, "Orchestra opens autumn season", "Concert review.");

        service(10).analyse();

        String first = storyOf(guardianBridge);
        assertThat(storyOf(bbcBridge)).isEqualTo(first);
        assertThat(storyOf(orchestra)).isNotEqualTo(first);
        assertThat(store.stories().members(first)).containsExactly(guardianBridge, bbcBridge);
        assertThat(store.stories().findByKey(first).orElseThrow().coverage()).containsOnlyKeys(guardian, bbc);
    }

    @Test
    void clustererContinuesFromTheStateSavedByTheLastRun() {
        ArticleId guardianBridge = ingest(store, 1, guardian, "Harbour bridge closed after storm", "Damage found.");
        service(10).analyse();
        ArticleId bbcBridge = ingest(store, 2, bbc, "Storm closes harbour bridge", "Engineers inspect.");

        service(10).analyse();

        assertThat(restoredFrom).hasSize(2);
        assertThat(restoredFrom.get(0)).isEmpty();
        assertThat(restoredFrom.get(1)).isPresent();
        assertThat(storyOf(bbcBridge)).isEqualTo(storyOf(guardianBridge));
    }

    @Test
    void sameArticlesGiveTheSameResultsInAnotherStore() {
        InMemoryStore other = new InMemoryStore();
        PortalId otherGuardian = savePortal(other, "guardian");
        PortalId otherBbc = savePortal(other, "bbc");
        List<ArticleId> ids = new ArrayList<>();
        for (InMemoryStore s : List.of(store, other)) {
            PortalId g = s == store ? guardian : otherGuardian;
            PortalId b = s == store ? bbc : otherBbc;
            ids.add(ingest(s, 1, g, "Harbour bridge closed after storm", "Damage found on the bridge."));
            ids.add(ingest(s, 2, b, "Storm closes harbour bridge", "Engineers inspect the bridge."));
            ids.add(ingest(s, 3, b, "Orchestra opens autumn season", "Concert review."));
        }

        service(2).analyse();
        new AnalyseService(other, new WordAnalyzer(), TitleClusterer::restore, CLOCK, 2).analyse();

        assertThat(ids.subList(3, 6)).isEqualTo(ids.subList(0, 3));
        assertThat(analyses(other, ids)).isEqualTo(analyses(store, ids));
        assertThat(frequencies(other)).isEqualTo(frequencies(store));
        assertThat(other.documentFrequencies().documentCount()).isEqualTo(store.documentFrequencies().documentCount());
        assertThat(termCounts(other)).isEqualTo(termCounts(store));
        assertThat(other.stories().top(Instant.EPOCH, 1, 100)).isEqualTo(store.stories().top(Instant.EPOCH, 1, 100));
        assertThat(other.stories().loadClustererState().orElseThrow())
                .isEqualTo(store.stories().loadClustererState().orElseThrow());
    }

    @Test
    void aRunContinuesFromTheStoriesAnotherRunSavedBetweenItsBatches() {
        ingest(store, 1, guardian, "Orchestra opens autumn season", "Concert review.");
        ArticleId[] bridges = new ArticleId[2];
        UnitOfWork interleaved = new UnitOfWork() {
            private boolean otherRunDone;

            @Override
            public <R> R execute(Function<Repositories, R> work) {
                R result = store.execute(work);
                if (!otherRunDone) {
                    otherRunDone = true;
                    bridges[0] = ingest(store, 2, guardian, "Harbour bridge closed after storm", "Damage found.");
                    new AnalyseService(store, new WordAnalyzer(), TitleClusterer::restore, CLOCK, 10).analyse();
                    bridges[1] = ingest(store, 3, bbc, "Storm closes harbour bridge", "Engineers inspect.");
                }
                return result;
            }

            @Override
            public <R> R readOnly(Function<Repositories, R> work) {
                return store.readOnly(work);
            }
        };
        StoryClusterers recording = state -> {
            restoredFrom.add(state);
            return TitleClusterer.restore(state);
        };

        AnalyseReport report = new AnalyseService(interleaved, new WordAnalyzer(), recording, CLOCK, 1).analyse();

        assertThat(report.articles()).isEqualTo(2);
        assertThat(restoredFrom).as("restored at the start and after the other run saved").hasSize(2);
        assertThat(restoredFrom.get(1)).isPresent();
        String story = storyOf(bridges[0]);
        assertThat(storyOf(bridges[1])).isEqualTo(story);
        assertThat(store.stories().findByKey(story).orElseThrow().articleCount())
                .as("the other run's member is kept, not overwritten by a stale copy").isEqualTo(2);
        assertThat(store.stories().members(story)).containsExactly(bridges[0], bridges[1]);
        assertThat(new String(store.stories().loadClustererState().orElseThrow(), StandardCharsets.UTF_8))
                .contains("Harbour bridge closed after storm").contains("Orchestra opens autumn season");
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(3);
    }

    @Test
    void everyBatchTakesTheAnalysisLockBeforeItReadsPendingArticles() {
        ingest(store, 1, guardian, "Harbour bridge closed", "Storm.");
        ingest(store, 2, bbc, "Budget vote delayed", "Parliament.");
        List<String> calls = new ArrayList<>();
        UnitOfWork observed = recordingLockAndPending(store, calls);

        new AnalyseService(observed, new WordAnalyzer(), TitleClusterer::restore, CLOCK, 1).analyse();

        assertThat(calls).containsExactly("lock", "pending", "lock", "pending", "lock", "pending");
    }

    @Test
    void refusesToLoopWhenTheStoreKeepsOfferingAnAnalysedArticle() {
        ArticleId id = ingest(store, 1, guardian, "Harbour bridge closed", "Storm.");
        AnalyseService service = new AnalyseService(stalePending(store), new WordAnalyzer(),
                TitleClusterer::restore, CLOCK, 1);

        assertThatThrownBy(service::analyse).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("article " + id + " revision 1 is still pending");
        // analysed once, then refused before its counts could be added a second time
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(1);
        assertThat(store.analyses().countPending()).isZero();
    }

    @Test
    void refusesABatchSizeBelowOne() {
        assertThatThrownBy(() -> service(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
    }

    private AnalyseService service(int batchSize) {
        StoryClusterers clusterers = state -> {
            restoredFrom.add(state);
            return TitleClusterer.restore(state);
        };
        return new AnalyseService(store, new WordAnalyzer(), clusterers, CLOCK, batchSize);
    }

    private String storyOf(ArticleId id) {
        return store.analyses().findByArticle(id).orElseThrow().storyKey();
    }

    private static PortalId savePortal(InMemoryStore store, String code) {
        return store.execute(repos -> repos.portals().save(Portal.create(code, code, "https://" + code + ".example", "en")))
                .id();
    }

    /** Stores article {@code n} of the portal as ingest does; a changed text makes a new revision. */
    private static ArticleId ingest(InMemoryStore store, int n, PortalId portal, String title, String body) {
        Instant seen = MONDAY.plusSeconds(n);
        String url = "https://news.example/" + portal.value() + "/" + n;
        Article article = new Article(null, portal, url, url, title, List.of(), seen, null, null, "en", null, body, null,
                Integer.toHexString((title + "\n" + body).hashCode()), null, seen, seen, 1);
        return store.execute(repos -> repos.articles().upsertAll(List.of(article))).get(0).articleId();
    }

    /** Stores a guardian article published at {@code published} and first seen on Monday. */
    private ArticleId ingestPublished(InMemoryStore store, Instant published, String title, String body) {
        String url = "https://news.example/old";
        Article article = new Article(null, guardian, url, url, title, List.of(), published, null, null, "en", null, body,
                null, Integer.toHexString((title + "\n" + body).hashCode()), null, MONDAY, MONDAY, 1);
        return store.execute(repos -> repos.articles().upsertAll(List.of(article))).get(0).articleId();
    }

    private static void reviseTo(InMemoryStore store, int n, PortalId portal, String title, String body) {
        ArticleId id = ingest(store, n, portal, title, body);
        assertThat(store.articles().getById(id).revision()).isEqualTo(2);
        assertThat(store.revisions().findByArticle(id)).extracting(ArticleRevision::revision).containsExactly(1);
    }

    private static Map<ArticleId, ArticleAnalysis> analyses(InMemoryStore store, List<ArticleId> ids) {
        Map<ArticleId, ArticleAnalysis> found = new LinkedHashMap<>();
        ids.forEach(id -> found.put(id, store.analyses().findByArticle(id).orElseThrow()));
        return found;
    }

    private static List<TermDayCount> firstSeenCounts(InMemoryStore store) {
        return store.termCounts().between(TimeBasis.FIRST_SEEN, MONDAY_DATE.minusDays(7), MONDAY_DATE.plusDays(7), null);
    }

    private static List<TermDayCount> termCounts(InMemoryStore store) {
        return store.termCounts().between(TimeBasis.PUBLISHED, MONDAY_DATE.minusDays(7), MONDAY_DATE.plusDays(7), null);
    }

    /** The frequencies of every term counted; the word analyser's phrase keys are its terms. */
    private static Map<String, Long> frequencies(InMemoryStore store) {
        return new TreeMap<>(store.documentFrequencies().frequencies(termCounts(store).stream().map(TermDayCount::term).toList()));
    }

    /**
     * A broken store: {@code pending()} keeps answering what was pending when it was first asked, so
     * an article analysed in this run is offered again.
     */
    private static UnitOfWork stalePending(InMemoryStore store) {
        List<List<AnalysisInput>> firstAnswer = new ArrayList<>();
        return new WrappedAnalyses(store, analyses -> new ForwardingAnalyses(analyses) {
            @Override
            public List<AnalysisInput> pending(int limit) {
                if (firstAnswer.isEmpty()) {
                    firstAnswer.add(analyses.pending(limit));
                }
                return firstAnswer.get(0);
            }
        });
    }

    /** Records, in order, when the analysis lock is taken and pending articles are read. */
    private static UnitOfWork recordingLockAndPending(InMemoryStore store, List<String> calls) {
        return new WrappedAnalyses(store, analyses -> new ForwardingAnalyses(analyses) {
            @Override
            public void lockAnalysis() {
                calls.add("lock");
                analyses.lockAnalysis();
            }

            @Override
            public List<AnalysisInput> pending(int limit) {
                calls.add("pending");
                return analyses.pending(limit);
            }
        });
    }

    /** Units of work on the in-memory store, with its analysis repository wrapped by the test. */
    private static final class WrappedAnalyses implements UnitOfWork {
        private final InMemoryStore store;
        private final UnaryOperator<ArticleAnalysisRepository> wrap;

        WrappedAnalyses(InMemoryStore store, UnaryOperator<ArticleAnalysisRepository> wrap) {
            this.store = store;
            this.wrap = wrap;
        }

        @Override
        public <R> R execute(Function<Repositories, R> work) {
            return store.execute(repos -> work.apply(new Wrapped(repos)));
        }

        @Override
        public <R> R readOnly(Function<Repositories, R> work) {
            return store.readOnly(repos -> work.apply(new Wrapped(repos)));
        }

        private final class Wrapped implements Repositories {
            private final Repositories repos;

            Wrapped(Repositories repos) {
                this.repos = repos;
            }

            @Override public ArticleAnalysisRepository analyses() { return wrap.apply(repos.analyses()); }
            @Override public PortalRepository portals() { return repos.portals(); }
            @Override public CategoryRepository categories() { return repos.categories(); }
            @Override public FeedRepository feeds() { return repos.feeds(); }
            @Override public ArticleRepository articles() { return repos.articles(); }
            @Override public ArticleRevisionRepository revisions() { return repos.revisions(); }
            @Override public IngestRunRepository ingestRuns() { return repos.ingestRuns(); }
            @Override public FetchEventRepository fetchEvents() { return repos.fetchEvents(); }
            @Override public io.newsaggregator.domain.port.out.FrontierRepository frontier() { return repos.frontier(); }
            @Override public DocumentFrequencyRepository documentFrequencies() { return repos.documentFrequencies(); }
            @Override public TermCountRepository termCounts() { return repos.termCounts(); }
            @Override public StoryRepository stories() { return repos.stories(); }
            @Override public ArticleSearch search() { return repos.search(); }
        }
    }

    /** Passes every call on; a test overrides the calls it watches or breaks. */
    private static class ForwardingAnalyses implements ArticleAnalysisRepository {
        protected final ArticleAnalysisRepository analyses;

        ForwardingAnalyses(ArticleAnalysisRepository analyses) {
            this.analyses = analyses;
        }

        @Override
        public void saveAll(List<ArticleAnalysis> list) {
            analyses.saveAll(list);
        }

        @Override
        public Optional<ArticleAnalysis> findByArticle(ArticleId articleId) {
            return analyses.findByArticle(articleId);
        }

        @Override
        public List<AnalysisInput> pending(int limit) {
            return analyses.pending(limit);
        }

        @Override
        public long countPending() {
            return analyses.countPending();
        }

        @Override
        public void lockAnalysis() {
            analyses.lockAnalysis();
        }

        @Override
        public Map<ArticleId, ArticleAnalysis> findByArticles(Collection<ArticleId> articleIds) {
            return analyses.findByArticles(articleIds);
        }
    }

    /** Words of three or more letters, lower-cased; key phrases are the words ranked by count times rarity. */
    static final class WordAnalyzer implements ArticleAnalyzer {
        private final String version;

        WordAnalyzer() {
            this("words-1");
        }

        WordAnalyzer(String version) {
            this.version = version;
        }

        @Override
        public AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
            List<String> title = words(input.title());
            List<String> body = words(input.body());
            Map<String, Integer> counts = counts(input);
            Map<String, Long> frequencies = corpus.frequencies(counts.keySet());
            List<ScoredPhrase> phrases = counts.entrySet().stream()
                    .map(e -> new ScoredPhrase(e.getKey(), e.getKey(), e.getValue()
                            * Math.log((corpus.documentCount() + 1.0) / (frequencies.getOrDefault(e.getKey(), 0L) + 1.0) + 1),
                            e.getValue()))
                    .sorted((a, b) -> Double.compare(b.score(), a.score()))
                    .limit(3)
                    .toList();
            int words = title.size() + body.size();
            return new AnalysedText("en", 0.9, words, 2, 1, phrases, List.of(), counts.keySet(), counts, forms(counts),
                    title, body, List.of());
        }

        @Override
        public String version() {
            return version;
        }

        /** Every word is a phrase key and a term, whatever the corpus: the text alone says what it counted. */
        @Override
        public CorpusContribution contribution(AnalysisInput text, ArticleAnalysis stored) {
            Map<String, Integer> counts = counts(text);
            return new CorpusContribution(counts.keySet(), counts, forms(counts));
        }

        /** Every word is written as its upper-cased self, so tests can tell words shown from terms kept. */
        private static Map<String, String> forms(Map<String, Integer> counts) {
            Map<String, String> forms = new TreeMap<>();
            counts.keySet().forEach(w -> forms.put(w, w.toUpperCase(java.util.Locale.ROOT)));
            return forms;
        }

        private static Map<String, Integer> counts(AnalysisInput input) {
            Map<String, Integer> counts = new TreeMap<>();
            words(input.title()).forEach(w -> counts.merge(w, 1, Integer::sum));
            words(input.body()).forEach(w -> counts.merge(w, 1, Integer::sum));
            return counts;
        }

        private static List<String> words(String text) {
            if (text == null) {
                return List.of();
            }
            return Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(w -> w.length() >= 3 && !Set.of("the", "and", "after", "for", "its", "on").contains(w))
                    .toList();
        }
    }

    /** The word analyser, except that it throws on texts whose title contains the given word. */
    private static final class FailingOn extends ForwardingAnalyzer {
        private final String word;

        FailingOn(String word) {
            super(new WordAnalyzer());
            this.word = word;
        }

        @Override
        public AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
            if (input.title().toLowerCase(java.util.Locale.ROOT).contains(word)) {
                throw new IllegalArgumentException("cannot tokenize '" + input.title() + "'");
            }
            return super.analyse(input, corpus);
        }
    }

    /** Joins an article to the first story whose title shares at least three words with it. State: one line per story. */
    static final class TitleClusterer implements StoryClusterer {
        private final Map<String, Set<String>> terms = new LinkedHashMap<>();
        private final Map<String, Story> stories = new LinkedHashMap<>();

        static StoryClusterer restore(Optional<byte[]> state) {
            TitleClusterer clusterer = new TitleClusterer();
            state.ifPresent(bytes -> {
                for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    clusterer.terms.put(f[0], new HashSet<>(Arrays.asList(f[1].split(" "))));
                    Map<PortalId, Integer> coverage = new TreeMap<>(java.util.Comparator.comparingLong(PortalId::value));
                    for (String c : f[4].split(" ")) {
                        String[] pc = c.split("=");
                        coverage.put(PortalId.of(Long.parseLong(pc[0])), Integer.parseInt(pc[1]));
                    }
                    clusterer.stories.put(f[0], new Story(f[0], f[2], List.of(), PortalId.of(Long.parseLong(f[3])),
                            Instant.parse(f[5]), Instant.parse(f[6]), Integer.parseInt(f[7]), coverage));
                }
            });
            return clusterer;
        }

        @Override
        public StoryAssignment add(StoryInput article) {
            for (Map.Entry<String, Set<String>> story : terms.entrySet()) {
                long shared = article.titleTerms().stream().filter(story.getValue()::contains).distinct().count();
                if (shared >= 3) {
                    Story old = stories.get(story.getKey());
                    Map<PortalId, Integer> coverage = new LinkedHashMap<>(old.coverage());
                    coverage.merge(article.portalId(), 1, Integer::sum);
                    Story joined = new Story(old.storyKey(), old.label(), List.of(), old.firstPortalId(),
                            old.firstSeenAt(), article.seenAt(), old.articleCount() + 1, coverage);
                    stories.put(old.storyKey(), joined);
                    return new StoryAssignment(joined, List.of());
                }
            }
            String key = "s" + (stories.size() + 1);
            terms.put(key, new HashSet<>(article.titleTerms()));
            Story story = new Story(key, article.title(), List.of(), article.portalId(), article.seenAt(),
                    article.seenAt(), 1, Map.of(article.portalId(), 1));
            stories.put(key, story);
            return new StoryAssignment(story, List.of());
        }

        @Override
        public byte[] exportState() {
            StringBuilder out = new StringBuilder();
            for (Story s : stories.values()) {
                StringBuilder coverage = new StringBuilder();
                new TreeMap<>(java.util.Comparator.comparingLong(PortalId::value)).putAll(s.coverage());
                s.coverage().entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingLong(PortalId::value)))
                        .forEach(e -> coverage.append(coverage.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue()));
                out.append(s.storyKey()).append('\t').append(String.join(" ", new java.util.TreeSet<>(terms.get(s.storyKey()))))
                        .append('\t').append(s.label()).append('\t').append(s.firstPortalId()).append('\t').append(coverage)
                        .append('\t').append(s.firstSeenAt()).append('\t').append(s.lastSeenAt()).append('\t')
                        .append(s.articleCount()).append('\n');
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
