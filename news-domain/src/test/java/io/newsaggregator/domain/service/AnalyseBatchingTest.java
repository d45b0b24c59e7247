package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import io.newsaggregator.domain.model.TimeBasis;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.PreparedText;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A batch reads the stored corpus counts once and writes their net change at its end; these tests
 * hold it to the results of writing after every article (batches of one), on the same articles,
 * new and revised: the same counts seen by every article, the same stored frequencies, daily term
 * counts, analyses with their key phrases, stories, members and clusterer state.
 */
class AnalyseBatchingTest {
    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> WORDS = List.of("harbour", "bridge", "storm", "budget", "vote", "parliament",
            "orchestra", "season", "minister", "strike", "rail", "union", "flood", "river", "council", "election",
            "museum", "football", "transfer", "market");
    private static final int ARTICLES = 60;

    /** One store and everything the analyser saw in it, in order. */
    private static final class Run {
        final InMemoryStore store = new InMemoryStore();
        final List<String> seen = new ArrayList<>();
        final List<PortalId> portals = new ArrayList<>();
        final List<ArticleId> articles = new ArrayList<>();

        Run() {
            for (String code : List.of("guardian", "bbc", "dw")) {
                portals.add(store.execute(r -> r.portals().save(Portal.create(code, code, "https://" + code + ".example",
                        "en"))).id());
            }
        }

        AnalyseReport analyse(int batchSize) {
            return analyse(batchSize, false);
        }

        /** @param keysAhead whether the analyser names each text's phrase keys when it prepares it, so the batch reads them at once */
        AnalyseReport analyse(int batchSize, boolean keysAhead) {
            ArticleAnalyzer words = new AnalyseServiceTest.WordAnalyzer();
            ArticleAnalyzer recording = new ForwardingAnalyzer(words) {
                @Override
                public PreparedText prepareText(AnalysisInput input) {
                    if (!keysAhead) {
                        return super.prepareText(input);
                    }
                    Set<String> keys = new TreeSet<>(words.contribution(input, null).phraseKeys());
                    return new PreparedText() {
                        @Override
                        public AnalysisInput input() {
                            return input;
                        }

                        @Override
                        public Set<String> corpusKeys() {
                            return keys;
                        }
                    };
                }

                @Override
                public AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
                    AnalysedText text = super.analyse(input, corpus);
                    seen.add(input.articleId() + "@" + input.revision() + " documents=" + corpus.documentCount()
                            + " " + new TreeMap<>(corpus.frequencies(text.phraseKeys())));
                    return text;
                }
            };
            return new AnalyseService(store, recording, AnalyseServiceTest.TitleClusterer::restore, CLOCK, batchSize)
                    .analyse();
        }
    }

    @Test
    void batchesStoreWhatArticleByArticleWritesStore() {
        Run batched = new Run();
        Run single = new Run();
        for (Run run : List.of(batched, single)) {
            ingestAll(run, 0);
        }

        AnalyseReport batchedReport = batched.analyse(7);
        AnalyseReport singleReport = single.analyse(1);

        assertThat(batchedReport.articles()).isEqualTo(ARTICLES);
        assertThat(batchedReport.batches()).isEqualTo(9);
        assertThat(singleReport.batches()).isEqualTo(ARTICLES);
        assertSameResults(batched, single);
    }

    @Test
    void frequenciesReadForTheWholeBatchBeforeScoringGiveWhatArticleByArticleReadsGive() {
        Run ahead = new Run();
        Run single = new Run();
        for (Run run : List.of(ahead, single)) {
            ingestAll(run, 0);
        }
        ahead.analyse(7, true);
        single.analyse(1);
        assertSameResults(ahead, single);
        for (Run run : List.of(ahead, single)) {
            ingestAll(run, 1);
        }

        AnalyseReport aheadReport = ahead.analyse(7, true);
        AnalyseReport singleReport = single.analyse(1);

        assertThat(aheadReport.takenBack()).isEqualTo(ARTICLES / 3).isEqualTo(singleReport.takenBack());
        assertSameResults(ahead, single);
    }

    @Test
    void aBatchPreparedInSeveralChunksGivesWhatArticleByArticleReadsGive() {
        assertThat(ARTICLES).isGreaterThan(AnalysisBatch.PREPARED_AT_ONCE);
        Run chunked = new Run();
        Run single = new Run();
        for (Run run : List.of(chunked, single)) {
            ingestAll(run, 0);
        }
        assertThat(chunked.analyse(ARTICLES, true).batches()).isEqualTo(1);
        single.analyse(1);
        assertSameResults(chunked, single);
        for (Run run : List.of(chunked, single)) {
            ingestAll(run, 1);
        }

        AnalyseReport chunkedReport = chunked.analyse(ARTICLES, true);
        AnalyseReport singleReport = single.analyse(1);

        assertThat(chunkedReport.takenBack()).isEqualTo(ARTICLES / 3).isEqualTo(singleReport.takenBack());
        assertSameResults(chunked, single);
    }

    @Test
    void revisedArticlesTakeBackTheSameCountsInBatchesAsOneByOne() {
        Run batched = new Run();
        Run single = new Run();
        for (Run run : List.of(batched, single)) {
            ingestAll(run, 0);
        }
        batched.analyse(7);
        single.analyse(1);
        for (Run run : List.of(batched, single)) {
            ingestAll(run, 1);
        }

        AnalyseReport batchedReport = batched.analyse(7);
        AnalyseReport singleReport = single.analyse(1);

        assertThat(batchedReport.revised()).isEqualTo(ARTICLES / 3).isEqualTo(singleReport.revised());
        assertThat(batchedReport.takenBack()).isEqualTo(ARTICLES / 3);
        assertSameResults(batched, single);
    }

    private static void assertSameResults(Run batched, Run single) {
        assertThat(batched.seen).hasSize(single.seen.size()).containsExactlyElementsOf(single.seen);
        InMemoryStore a = batched.store;
        InMemoryStore b = single.store;
        List<String> keys = WORDS;
        assertThat(a.documentFrequencies().documentCount()).isEqualTo(b.documentFrequencies().documentCount());
        assertThat(new TreeMap<>(a.documentFrequencies().frequencies(keys)))
                .isNotEmpty().isEqualTo(new TreeMap<>(b.documentFrequencies().frequencies(keys)));
        assertThat(termCounts(a)).isNotEmpty().isEqualTo(termCounts(b));
        assertThat(analyses(a, batched.articles)).isEqualTo(analyses(b, single.articles));
        List<Story> stories = a.stories().top(Instant.EPOCH, 1, 1_000);
        assertThat(stories).isNotEmpty().isEqualTo(b.stories().top(Instant.EPOCH, 1, 1_000));
        for (Story story : stories) {
            assertThat(a.stories().members(story.storyKey())).isEqualTo(b.stories().members(story.storyKey()));
        }
        assertThat(a.stories().loadClustererState().orElseThrow())
                .isEqualTo(b.stories().loadClustererState().orElseThrow());
    }

    /**
     * Sixty short articles over three days and three portals from one small vocabulary, so phrase keys
     * repeat within and across batches; {@code revision} 1 rewrites every third article.
     */
    private static void ingestAll(Run run, int revision) {
        Random random = new Random(7);
        for (int n = 0; n < ARTICLES; n++) {
            String title = sentence(random, 4);
            String body = sentence(random, 12) + " " + sentence(random, 12);
            if (revision > 0 && n % 3 != 0) {
                continue;
            }
            if (revision > 0) {
                body = body + " " + sentence(new Random(n), 6);
            }
            PortalId portal = run.portals.get(n % run.portals.size());
            Instant seen = START.plusSeconds(n * 3_600L + 60);
            String url = "https://news.example/" + n;
            Article article = new Article(null, portal, url, url, title, List.of(), seen, null, null, "en", null, body,
                    null, Integer.toHexString((title + "\n" + body).hashCode()), null, seen, seen, 1);
            ArticleId id = run.store.execute(r -> r.articles().upsertAll(List.of(article))).get(0).articleId();
            if (revision == 0) {
                run.articles.add(id);
            }
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return out.toString();
    }

    private static List<TermDayCount> termCounts(InMemoryStore store) {
        return store.termCounts().between(TimeBasis.PUBLISHED, FIRST_DAY, FIRST_DAY.plusDays(5), null);
    }

    private static Map<ArticleId, ArticleAnalysis> analyses(InMemoryStore store, List<ArticleId> ids) {
        Map<ArticleId, ArticleAnalysis> found = new LinkedHashMap<>();
        ids.forEach(id -> found.put(id, store.analyses().findByArticle(id).orElseThrow()));
        return found;
    }
}
