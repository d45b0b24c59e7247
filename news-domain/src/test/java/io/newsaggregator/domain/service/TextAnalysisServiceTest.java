package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.PreparedText;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextResult;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The store-free batch with a scripted analyser and clusterer: what it does around them. */
class TextAnalysisServiceTest {

    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

    /** Reads the language from the title ("de: ...", "??: ..." for unsure); phrase keys are the body's words. */
    private final List<AnalysisInput> prepared = new ArrayList<>();
    private final List<Map<String, Long>> seenFrequencies = new ArrayList<>();
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer() {
        @Override
        public PreparedText prepareText(AnalysisInput input) {
            prepared.add(input);
            String code = input.languageHint() != null ? input.languageHint() : input.title().substring(0, 2);
            boolean sure = !code.equals("??");
            Set<String> keys = Set.of(input.body().split(" "));
            return new PreparedText() {
                @Override public AnalysisInput input() { return input; }
                @Override public Set<String> corpusKeys() { return keys; }
                @Override public Set<String> phraseKeys() { return keys; }
                @Override public String language() { return sure ? code : "und"; }
                @Override public double languageConfidence() { return sure ? 0.9 : 0.1; }
            };
        }

        @Override
        public AnalysedText analyse(PreparedText text, DocumentFrequencies corpus) {
            Map<String, Long> frequencies = corpus.frequencies(Set.of("bridge"));
            seenFrequencies.add(Map.of("documents", corpus.documentCount(), "bridge", frequencies.getOrDefault("bridge", 0L)));
            return new AnalysedText(text.language(), text.languageConfidence(), text.phraseKeys().size(), 1, 1,
                    List.of(new ScoredPhrase("bridge", "bridge", 1.0, 1)), List.of(), text.phraseKeys(), Map.of(),
                    Map.of(), List.of(), List.of(), List.of());
        }

        @Override
        public AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
            return analyse(prepareText(input), corpus);
        }

        @Override
        public CorpusContribution contribution(AnalysisInput text, ArticleAnalysis stored) {
            throw new AssertionError("a text batch takes nothing back");
        }

        @Override
        public String version() {
            return "scripted";
        }
    };

    /** Each article opens a story of its own until the third, which joins the first and absorbs the second. */
    private final List<StoryInput> placed = new ArrayList<>();
    private final StoryClusterer clusterer = new StoryClusterer() {
        @Override
        public StoryAssignment add(StoryInput article) {
            placed.add(article);
            int n = placed.size();
            if (n == 3) {
                return new StoryAssignment(story("s1", 3), List.of("s2"));
            }
            return new StoryAssignment(story("s" + n, 1), List.of());
        }

        @Override
        public byte[] exportState() {
            return new byte[0];
        }
    };

    private final TextAnalysisService service = new TextAnalysisService(analyzer,
            state -> {
                assertThat(state).as("a batch starts without stories").isEmpty();
                return clusterer;
            });

    private static Story story(String key, int articles) {
        return new Story(key, key, List.of(), PortalId.of(1), MORNING, MORNING, articles, Map.of(PortalId.of(1), articles));
    }

    @Test
    void placesDocumentsInOrderOfPublicationAndGivesEachTheStoryThatFinallyHoldsIt() {
        List<TextResult> results = service.analyse(List.of(
                new TextDocument("late", "en: c", "bridge shut", "a", MORNING.plusSeconds(7200)),
                new TextDocument("first", "en: a", "bridge shut", "a", MORNING),
                new TextDocument("second", "en: b", "orchestra", "b", MORNING.plusSeconds(3600))));

        assertThat(placed).extracting(StoryInput::title).containsExactly("en: a", "en: b", "en: c");
        assertThat(results).extracting(TextResult::id).containsExactly("late", "first", "second");
        assertThat(results).extracting(TextResult::storyId).as("s2 merged into s1").containsOnly("s1");
    }

    @Test
    void ranksEveryDocumentAgainstTheWholeBatch() {
        service.analyse(List.of(TextDocument.of("1", "en: a", "bridge shut"), TextDocument.of("2", "en: b", "bridge open"),
                TextDocument.of("3", "en: c", "orchestra")));

        assertThat(seenFrequencies).containsOnly(Map.of("documents", 3L, "bridge", 2L));
    }

    @Test
    void preparesUnsureDocumentsAgainInTheLanguageMostSureOnesShare() {
        List<TextResult> results = service.analyse(List.of(TextDocument.of("1", "de: a", "brücke"),
                TextDocument.of("2", "de: b", "brücke zu"), TextDocument.of("3", "en: c", "bridge"),
                TextDocument.of("4", "??: d", "kurz")));

        assertThat(prepared).extracting(AnalysisInput::languageHint).containsExactly(null, null, null, null, "de");
        assertThat(results.get(3).language()).isEqualTo("de");
    }

    @Test
    void givesNoHintWithoutAMajority() {
        service.analyse(List.of(TextDocument.of("1", "de: a", "brücke"), TextDocument.of("2", "en: b", "bridge"),
                TextDocument.of("3", "??: d", "kurz")));

        assertThat(prepared).extracting(AnalysisInput::languageHint).containsOnlyNulls();
    }
}
