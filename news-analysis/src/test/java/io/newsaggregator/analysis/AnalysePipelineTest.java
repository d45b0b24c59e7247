package io.newsaggregator.analysis;

import static io.newsaggregator.analysis.Fixtures.BRIDGE_BODY_A;
import io.newsaggregator.domain.model.TimeBasis;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_BODY_B;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_TITLE_A;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_TITLE_B;
import static io.newsaggregator.analysis.Fixtures.ORCHESTRA_BODY;
import static io.newsaggregator.analysis.Fixtures.ORCHESTRA_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.service.AnalyseService;
import io.newsaggregator.domain.port.in.QueryAnalysis.RisingTermsRequest;
import io.newsaggregator.domain.port.in.QueryAnalysis.TopStoriesRequest;
import io.newsaggregator.domain.service.AnalysisQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The analyse use case with the real analyser and story clusterer over the in-memory store. */
class AnalysePipelineTest {

    private static final AnalysisAdapters ADAPTERS = AnalysisAdapters.defaults();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final InMemoryStore store = new InMemoryStore();
    private final PortalId plymouth = savePortal(store, "plymouth-herald");
    private final PortalId cornwall = savePortal(store, "cornwall-live");
    /** Every text stored in this test, old revisions included: the keys they can count are the ones to compare. */
    private final List<AnalysisInput> textsStored = new ArrayList<>();

    @Test
    void rewritesFromTwoPortalsEndUpInOneStoryWithCoverageOfBoth() {
        ArticleId bridgeA = ingest(store, plymouth, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A);
        ArticleId orchestra = ingest(store, plymouth, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY);
        ArticleId bridgeB = ingest(store, cornwall, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B);

        AnalyseReport report = service().analyse();

        String bridge = storyOf(bridgeA);
        assertThat(report.articles()).isEqualTo(3);
        assertThat(storyOf(bridgeB)).isEqualTo(bridge);
        assertThat(storyOf(orchestra)).isNotEqualTo(bridge);
        assertThat(store.stories().members(bridge)).containsExactly(bridgeA, bridgeB);
        assertThat(store.stories().findByKey(bridge).orElseThrow().coverage())
                .isEqualTo(Map.of(plymouth, 1, cornwall, 1));
        assertThat(store.analyses().findByArticle(bridgeA).orElseThrow().language()).isEqualTo("en");
        assertThat(store.termCounts().between(TimeBasis.PUBLISHED, DAY, DAY, plymouth)).filteredOn(c -> c.term().equals("bridg"))
                .singleElement().satisfies(c -> assertThat(c.docCount()).isEqualTo(1));
    }

    @Test
    void storiesAndRisingTermsShowTheWordsTheArticlesWroteNotStems() {
        ingest(store, plymouth, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A);
        ingest(store, plymouth, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY);
        ArticleId bridgeB = ingest(store, cornwall, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B);
        service().analyse();
        String written = BRIDGE_TITLE_A + " " + BRIDGE_BODY_A + " " + BRIDGE_TITLE_B + " " + BRIDGE_BODY_B;

        AnalysisQueries queries = new AnalysisQueries(store, ADAPTERS.trendScoring(), store.search());
        List<String> storyTerms = queries.topStories(new TopStoriesRequest(Fixtures.MORNING.minusSeconds(3600), 2, 5)).stream()
                .filter(s -> s.storyKey().equals(storyOf(bridgeB))).findFirst().orElseThrow().topTerms();
        List<String> rising = queries.risingTerms(RisingTermsRequest.acrossPortals(DAY, 1, 10)).stream().map(RisingTerm::term).toList();

        assertThat(store.stories().findByKey(storyOf(bridgeB)).orElseThrow().topTerms())
                .as("stored as the clusterer's terms, shown as words").contains("bridg");

        assertThat(storyTerms).isNotEmpty().doesNotContain("bridg").allSatisfy(t -> assertThat(written).contains(t));
        assertThat(rising).isNotEmpty().doesNotContain("bridg").allSatisfy(t -> assertThat(written).contains(t));
        assertThat(storyTerms).anyMatch(t -> t.equalsIgnoreCase("bridge"));
    }

    @Test
    void secondRunWithNothingNewChangesNothing() {
        ingest(store, plymouth, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A);
        ingest(store, cornwall, 40, BRIDGE_TITLE_B, BRIDGE_BODY_B);
        service().analyse();
        Map<String, Long> frequencies = frequencies(store);
        List<TermDayCount> termCounts = termCounts(store);
        byte[] state = store.stories().loadClustererState().orElseThrow();

        AnalyseReport again = service().analyse();

        assertThat(again.articles()).isZero();
        assertThat(frequencies).isNotEmpty();
        assertThat(frequencies(store)).isEqualTo(frequencies);
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(2);
        assertThat(termCounts(store)).isEqualTo(termCounts);
        assertThat(store.stories().loadClustererState()).hasValueSatisfying(s -> assertThat(s).isEqualTo(state));
    }

    @Test
    void revisedArticleLeavesTheCountsItWouldHaveHadIfFirstAnalysedInItsNewForm() {
        String revisedBody = ORCHESTRA_BODY.replace("tour of Asia", "residency in Salzburg");
        ingest(store, plymouth, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A);
        ArticleId orchestra = ingest(store, plymouth, 10, ORCHESTRA_TITLE, ORCHESTRA_BODY);
        service().analyse();
        assertThat(ingest(store, plymouth, 10, ORCHESTRA_TITLE, revisedBody)).isEqualTo(orchestra);
        assertThat(store.articles().getById(orchestra).revision()).isEqualTo(2);
        service().analyse();

        InMemoryStore fresh = new InMemoryStore();
        PortalId freshPlymouth = savePortal(fresh, "plymouth-herald");
        ingest(fresh, freshPlymouth, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A);
        ingest(fresh, freshPlymouth, 10, ORCHESTRA_TITLE, revisedBody);
        new AnalyseService(fresh, ADAPTERS.articleAnalyzer(), ADAPTERS.storyClusterers(), CLOCK, 10).analyse();

        assertThat(freshPlymouth).isEqualTo(plymouth);
        assertThat(store.documentFrequencies().documentCount()).isEqualTo(2);
        assertThat(frequencies(store)).isNotEmpty().isEqualTo(frequencies(fresh));
        assertThat(termCounts(store)).isNotEmpty().isEqualTo(termCounts(fresh));
        assertThat(forms(store)).as("the written forms taken back with the old text").isNotEmpty().isEqualTo(forms(fresh));
        // a key taken back to nothing is gone, as in the database
        assertThat(store.documentFrequencies().frequencies(List.of("asia", "salzburg")))
                .isEqualTo(Map.of("salzburg", 1L));
    }

    @Test
    void revisionTakesBackExactlyWhatItsFirstAnalysisCountedEvenAfterTheCorpusChanged() {
        ArticleId orchestra = ingest(store, plymouth, 0, ORCHESTRA_TITLE, ORCHESTRA_BODY);
        service().analyse();
        List<TermDayCount> alone = termCounts(store);
        ArticleAnalysis first = store.analyses().findByArticle(orchestra).orElseThrow();
        // later articles make the orchestra's phrases common, so ranked today its old text gives other top phrases
        for (int i = 1; i <= 6; i++) {
            ingest(store, cornwall, i, "Principal conductor news " + i, "The principal conductor and the Berlin "
                    + "Philharmonic announced a closed ballot and contemporary commissions for the 2027 season, part " + i + ".");
        }
        service().analyse();
        List<TermDayCount> withOthers = termCounts(store);
        ingest(store, plymouth, 0, ORCHESTRA_TITLE, ORCHESTRA_BODY + " Tickets go on sale in May.");

        service().analyse();
        ingest(store, plymouth, 0, ORCHESTRA_TITLE, ORCHESTRA_BODY);
        service().analyse();

        assertThat(store.articles().getById(orchestra).revision()).isEqualTo(3);
        ArticleAnalysis latest = store.analyses().findByArticle(orchestra).orElseThrow();
        Map<String, Integer> expected = ADAPTERS.articleAnalyzer().contribution(new AnalysisInput(orchestra, plymouth, 3,
                ORCHESTRA_TITLE, null, ORCHESTRA_BODY, null, Fixtures.MORNING, Fixtures.MORNING), latest).termCounts();
        Map<String, Integer> stored = new TreeMap<>();
        termCounts(store).stream().filter(c -> c.portalId().equals(plymouth)).forEach(c -> stored.put(c.term(), c.count()));
        assertThat(stored).as("only the current text's counts, nothing left of the revisions").isEqualTo(new TreeMap<>(expected));
        assertThat(stored.keySet()).doesNotContain("ticket");
        Set<String> rankedEitherTime = new HashSet<>();
        first.keyphrases().forEach(k -> rankedEitherTime.add(k.key()));
        latest.keyphrases().forEach(k -> rankedEitherTime.add(k.key()));
        assertThat(alone.stream().filter(c -> !rankedEitherTime.contains(c.term())).toList())
                .as("the most frequent words, which do not depend on the corpus, count the same as the first time")
                .isNotEmpty()
                .isEqualTo(termCounts(store).stream()
                        .filter(c -> c.portalId().equals(plymouth) && !rankedEitherTime.contains(c.term())).toList());
        assertThat(termCounts(store).stream().filter(c -> c.portalId().equals(cornwall)).toList())
                .as("other portals' counts untouched")
                .isEqualTo(withOthers.stream().filter(c -> c.portalId().equals(cornwall)).toList());
    }

    private AnalyseService service() {
        return new AnalyseService(store, ADAPTERS.articleAnalyzer(), ADAPTERS.storyClusterers(), CLOCK, 2);
    }

    private String storyOf(ArticleId id) {
        return store.analyses().findByArticle(id).orElseThrow().storyKey();
    }

    private static PortalId savePortal(InMemoryStore store, String code) {
        return store.execute(repos -> repos.portals().save(Portal.create(code, code, "https://" + code + ".example", "en")))
                .id();
    }

    /**
     * Stores an article as ingest does, one per portal and publication minute; storing a changed text
     * again makes a new revision of the same article.
     */
    private ArticleId ingest(InMemoryStore target, PortalId portal, int minutesLater, String title, String body) {
        Instant published = Fixtures.MORNING.plusSeconds(60L * minutesLater);
        String url = "https://news.example/" + portal.value() + "/" + minutesLater;
        Article article = new Article(null, portal, url, url, title, List.of(), published, null, null, null, null, body,
                null, Integer.toHexString((title + "\n" + body).hashCode()), null, published, published, 1);
        textsStored.add(new AnalysisInput(ArticleId.of(1), portal, 1, title, null, body, null, published, published));
        return target.execute(repos -> repos.articles().upsertAll(List.of(article))).get(0).articleId();
    }

    /** The stored document frequencies of every phrase key any text of this test can count. */
    private Map<String, Long> frequencies(InMemoryStore target) {
        TreeSet<String> keys = new TreeSet<>();
        for (AnalysisInput text : textsStored) {
            keys.addAll(ADAPTERS.articleAnalyzer().analyse(text, target.documentFrequencies()).phraseKeys());
        }
        return new TreeMap<>(target.documentFrequencies().frequencies(keys));
    }

    /** The shown form of every phrase key any text of this test can count. */
    private Map<String, String> forms(InMemoryStore target) {
        TreeSet<String> keys = new TreeSet<>();
        for (AnalysisInput text : textsStored) {
            keys.addAll(ADAPTERS.articleAnalyzer().analyse(text, target.documentFrequencies()).phraseKeys());
        }
        return new TreeMap<>(target.termCounts().mostFrequentForms(keys));
    }

    private static List<TermDayCount> termCounts(InMemoryStore target) {
        return target.termCounts().between(TimeBasis.PUBLISHED, DAY.minusDays(1), DAY.plusDays(1), null);
    }
}
