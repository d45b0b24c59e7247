package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AnalyseServiceTest {

    private static final PortalId GUARDIAN = PortalId.of(1);
    private static final PortalId BBC = PortalId.of(2);
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC);

    private final FakeAnalysisStore store = new FakeAnalysisStore();
    private final List<Optional<byte[]>> restoredFrom = new ArrayList<>();

    @Test
    void analysesEveryPendingArticleInBatchesAndASecondRunChangesNothing() {
        store.put(article(1, GUARDIAN, 1, "Harbour bridge closed after storm", "The harbour bridge stays closed."));
        store.put(article(2, BBC, 1, "Budget vote delayed in parliament", "Parliament delayed the budget vote."));
        store.put(article(3, BBC, 1, "Orchestra opens autumn season", "The orchestra opened its season."));

        AnalyseReport first = service(2).analyse();

        assertThat(first.articles()).isEqualTo(3);
        assertThat(first.batches()).isEqualTo(2);
        assertThat(store.analyses.stored).hasSize(3);
        assertThat(store.frequencies.documents).isEqualTo(3);
        assertThat(store.frequencies.counts).containsEntry("harbour", 1L).containsEntry("parliament", 1L);
        assertThat(store.termCounts.counts).containsEntry("harbour|1|2026-03-02", List.of(2, 1));
        Map<String, Long> frequencies = new TreeMap<>(store.frequencies.counts);
        Map<String, List<Integer>> termCounts = new TreeMap<>(store.termCounts.counts);
        byte[] state = store.stories.state;
        int stateSaves = store.stories.stateSaves;

        AnalyseReport second = service(2).analyse();

        assertThat(second.articles()).isZero();
        assertThat(second.batches()).isZero();
        assertThat(store.frequencies.counts).isEqualTo(frequencies);
        assertThat(store.frequencies.documents).isEqualTo(3);
        assertThat(store.termCounts.counts).isEqualTo(termCounts);
        assertThat(store.stories.stateSaves).isEqualTo(stateSaves);
        assertThat(store.stories.state).isEqualTo(state);
    }

    @Test
    void revisedArticleReplacesItsOldContributionExactlyOnce() {
        store.put(article(1, GUARDIAN, 1, "Harbour bridge closed", "Storm damage on the bridge."));
        service(10).analyse();
        store.revise(article(1, GUARDIAN, 2, "Harbour bridge reopened", "Engineers reopened the bridge."));

        AnalyseReport report = service(10).analyse();
        service(10).analyse();

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.revised()).isEqualTo(1);
        assertThat(report.takenBack()).isEqualTo(1);
        assertThat(store.frequencies.documents).isEqualTo(1);
        assertThat(store.frequencies.counts)
                .containsEntry("bridge", 1L)
                .containsEntry("reopened", 1L)
                .containsEntry("closed", 0L)
                .containsEntry("storm", 0L);
        assertThat(store.termCounts.counts)
                .containsEntry("bridge|1|2026-03-02", List.of(2, 1))
                .containsEntry("reopened|1|2026-03-02", List.of(2, 1))
                .containsEntry("closed|1|2026-03-02", List.of(0, 0));
        assertThat(store.analyses.stored.get(ArticleId.of(1)).revision()).isEqualTo(2);
    }

    @Test
    void revisedArticleKeepsItsStoryAndIsNotCountedTwiceInIt() {
        store.put(article(1, GUARDIAN, 1, "Harbour bridge closed", "Storm damage."));
        service(10).analyse();
        String storyKey = store.analyses.stored.get(ArticleId.of(1)).storyKey();
        store.revise(article(1, GUARDIAN, 2, "Harbour bridge closed for weeks", "Storm damage is worse."));

        service(10).analyse();

        assertThat(store.analyses.stored.get(ArticleId.of(1)).storyKey()).isEqualTo(storyKey);
        assertThat(store.stories.stories.get(storyKey).articleCount()).isEqualTo(1);
    }

    @Test
    void revisionWhoseOldTextIsGoneIsReportedAndStillAnalysed() {
        store.put(article(1, GUARDIAN, 1, "Harbour bridge closed", "Storm damage."));
        service(10).analyse();
        store.put(article(1, GUARDIAN, 2, "Harbour bridge reopened", "Engineers at work."));

        AnalyseReport report = service(10).analyse();

        assertThat(report.oldTextMissing()).isEqualTo(1);
        assertThat(report.takenBack()).isZero();
        assertThat(store.analyses.stored.get(ArticleId.of(1)).revision()).isEqualTo(2);
    }

    @Test
    void rewritesOfOneEventFromTwoPortalsShareAStoryAndAnUnrelatedArticleDoesNot() {
        store.put(article(1, GUARDIAN, 1, "Harbour bridge closed after storm", "Damage found."));
        store.put(article(2, BBC, 1, "Storm closes harbour bridge", "Engineers inspect."));
        store.put(article(3, BBC, 1, "Orchestra opens autumn season", "Concert review."));

        service(10).analyse();

        String first = store.stories.members.get(ArticleId.of(1));
        assertThat(store.stories.members.get(ArticleId.of(2))).isEqualTo(first);
        assertThat(store.stories.members.get(ArticleId.of(3))).isNotEqualTo(first);
        assertThat(store.stories.stories.get(first).coverage()).containsOnlyKeys(GUARDIAN, BBC);
        assertThat(store.analyses.stored.get(ArticleId.of(2)).storyKey()).isEqualTo(first);
    }

    @Test
    void clustererContinuesFromTheStateSavedByTheLastRun() {
        store.put(article(1, GUARDIAN, 1, "Harbour bridge closed after storm", "Damage found."));
        service(10).analyse();
        store.put(article(2, BBC, 1, "Storm closes harbour bridge", "Engineers inspect."));

        service(10).analyse();

        assertThat(restoredFrom).hasSize(2);
        assertThat(restoredFrom.get(0)).isEmpty();
        assertThat(restoredFrom.get(1)).isPresent();
        assertThat(store.stories.members.get(ArticleId.of(2))).isEqualTo(store.stories.members.get(ArticleId.of(1)));
    }

    @Test
    void sameArticlesGiveTheSameResultsInAnotherStore() {
        FakeAnalysisStore other = new FakeAnalysisStore();
        for (FakeAnalysisStore s : List.of(store, other)) {
            s.put(article(1, GUARDIAN, 1, "Harbour bridge closed after storm", "Damage found on the bridge."));
            s.put(article(2, BBC, 1, "Storm closes harbour bridge", "Engineers inspect the bridge."));
            s.put(article(3, BBC, 1, "Orchestra opens autumn season", "Concert review."));
        }

        service(2).analyse();
        new AnalyseService(other, new WordAnalyzer(), TitleClusterer::restore, CLOCK, 2).analyse();

        assertThat(other.analyses.stored).isEqualTo(store.analyses.stored);
        assertThat(other.frequencies.counts).isEqualTo(store.frequencies.counts);
        assertThat(other.termCounts.counts).isEqualTo(store.termCounts.counts);
        assertThat(other.stories.stories).isEqualTo(store.stories.stories);
        assertThat(other.stories.state).isEqualTo(store.stories.state);
    }

    @Test
    void refusesToLoopWhenTheStoreKeepsOfferingAnAnalysedArticle() {
        store.put(article(1, GUARDIAN, 1, "Harbour bridge closed", "Storm."));
        FakeAnalysisStore.Analyses forgetful = store.analyses;
        AnalyseService service = new AnalyseService(new ForgetfulStore(store), new WordAnalyzer(),
                TitleClusterer::restore, CLOCK, 1);

        assertThatThrownBy(service::analyse).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("article 1 revision 1 is still pending");
        assertThat(forgetful.stored).isEmpty();
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

    private static AnalysisInput article(long id, PortalId portal, int revision, String title, String body) {
        return new AnalysisInput(ArticleId.of(id), portal, revision, title, null, body, "en", MONDAY.plusSeconds(id));
    }

    /** A store whose analyses are never saved, so the same articles stay pending. */
    private static final class ForgetfulStore implements io.newsaggregator.domain.port.out.UnitOfWork {
        private final FakeAnalysisStore store;

        ForgetfulStore(FakeAnalysisStore store) {
            this.store = store;
        }

        @Override
        public <R> R execute(java.util.function.Function<io.newsaggregator.domain.port.out.Repositories, R> work) {
            R result = work.apply(store);
            store.analyses.stored.clear();
            return result;
        }

        @Override
        public <R> R readOnly(java.util.function.Function<io.newsaggregator.domain.port.out.Repositories, R> work) {
            return work.apply(store);
        }
    }

    /** Words of three or more letters, lower-cased; key phrases are the words ranked by count times rarity. */
    static final class WordAnalyzer implements ArticleAnalyzer {
        @Override
        public AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
            List<String> title = words(input.title());
            List<String> body = words(input.body());
            Map<String, Integer> counts = new TreeMap<>();
            title.forEach(w -> counts.merge(w, 1, Integer::sum));
            body.forEach(w -> counts.merge(w, 1, Integer::sum));
            Map<String, Long> frequencies = corpus.frequencies(counts.keySet());
            List<ScoredPhrase> phrases = counts.entrySet().stream()
                    .map(e -> new ScoredPhrase(e.getKey(), e.getKey(), e.getValue()
                            * Math.log((corpus.documentCount() + 1.0) / (frequencies.getOrDefault(e.getKey(), 0L) + 1.0) + 1),
                            e.getValue()))
                    .sorted((a, b) -> Double.compare(b.score(), a.score()))
                    .limit(3)
                    .toList();
            int words = title.size() + body.size();
            return new AnalysedText("en", 0.9, words, 2, 1, phrases, List.of(), counts.keySet(), counts, title, body,
                    List.of());
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
