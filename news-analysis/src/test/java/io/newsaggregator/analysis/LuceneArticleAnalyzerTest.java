package io.newsaggregator.analysis;

import static io.newsaggregator.analysis.Fixtures.BRIDGE_BODY_A;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_TITLE_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.PreparedText;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LuceneArticleAnalyzerTest {

    private static final ArticleAnalyzer ANALYZER = AnalysisAdapters.defaults().articleAnalyzer();

    @Test
    void readsLanguageSizesAndRankedKeyphrasesOfAnEnglishArticle() {
        AnalysedText text = ANALYZER.analyse(Fixtures.input(1, 1, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A), empty());

        assertThat(text.language()).isEqualTo("en");
        assertThat(text.languageConfidence()).isGreaterThan(0.5);
        assertThat(text.wordCount()).isBetween(60, 90);
        assertThat(text.sentenceCount()).isEqualTo(5);
        assertThat(text.readingTimeMinutes()).isEqualTo(1);
        assertThat(text.keyphrases()).isNotEmpty();
        assertThat(text.keyphrases().stream().map(ScoredPhrase::text)).anyMatch(p -> p.contains("Tamar Bridge"));
        assertThat(text.keyphrases()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void givesStemmedStopwordFreeTermsForStoriesAndTrends() {
        AnalysedText text = ANALYZER.analyse(Fixtures.input(1, 1, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A), empty());

        assertThat(text.titleTerms()).contains("storm", "closur", "bridg", "90", "wind").doesNotContain("of", "as");
        assertThat(text.bodyTerms()).contains("engin", "commut", "ferri").doesNotContain("the", "were");
        assertThat(text.salientTerms()).contains("90");
        assertThat(text.termCounts()).containsEntry("bridg", 3).containsEntry("saltash", 2);
        assertThat(text.termCounts().keySet()).allMatch(k -> !k.contains(" ")
                || text.keyphrases().stream().anyMatch(p -> p.key().equals(k)));
        assertThat(text.phraseKeys()).contains("tamar bridg", "bridg").doesNotContain("the");
    }

    @Test
    void namesInASentenceCaseTitleAreSalient() {
        AnalysedText text = ANALYZER.analyse(Fixtures.input(1, 1, 0,
                "Police close road near Saltash after crash involving NHS ambulance", "A crash closed the road."), empty());

        // salient terms are in the same stemmed form as the title terms ("NHS" stems to "nh")
        assertThat(text.salientTerms()).contains("saltash", "nh").doesNotContain("polic", "road");
        assertThat(text.titleTerms()).containsAll(text.salientTerms());
    }

    @Test
    void phraseCommonInTheCorpusRanksBelowTheSameArticlesRarePhrases() {
        AnalysedText alone = ANALYZER.analyse(Fixtures.input(1, 1, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A), empty());
        Map<String, Long> common = new HashMap<>();
        common.put("tamar bridg", 900L);
        common.put("tamar", 900L);
        common.put("bridg", 900L);
        AnalysedText inCorpus = ANALYZER.analyse(Fixtures.input(1, 1, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A),
                corpus(1000, common));

        assertThat(rank(alone, "tamar bridg")).isLessThan(rank(inCorpus, "tamar bridg"));
    }

    @Test
    void analysesGermanWithGermanStopwordsAndStemming() {
        AnalysedText text = ANALYZER.analyse(Fixtures.input(1, 1, 0,
                "Sturm legt Verkehr in Hamburg lahm",
                "Der Sturm hat am Montag den Verkehr in Hamburg weitgehend lahmgelegt. Die Bahn stellte den "
                        + "Fernverkehr ein, und viele Straßen waren wegen umgestürzter Bäume gesperrt. Die Feuerwehr "
                        + "rückte zu mehr als dreihundert Einsätzen aus."), empty());

        assertThat(text.language()).isEqualTo("de");
        assertThat(text.bodyTerms()).doesNotContain("der", "die", "und", "den");
        assertThat(text.titleTerms()).contains("hamburg");
    }

    private static int rank(AnalysedText text, String key) {
        List<String> keys = new ArrayList<>();
        text.keyphrases().forEach(p -> keys.add(p.key()));
        int index = keys.indexOf(key);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    @Test
    void aPreparedTextFinishesAsTheWholeAnalysisAndNamesEveryKeyItAsksTheCorpusFor() {
        AnalysisInput input = Fixtures.input(1, 1, 0, BRIDGE_TITLE_A, BRIDGE_BODY_A);
        Map<String, Long> common = Map.of("tamar bridg", 900L, "tamar", 900L, "bridg", 900L);
        Set<String> asked = new HashSet<>();
        DocumentFrequencies watched = new DocumentFrequencies() {
            @Override
            public long documentCount() {
                return 1000;
            }

            @Override
            public Map<String, Long> frequencies(Collection<String> keys) {
                asked.addAll(keys);
                return corpus(1000, common).frequencies(keys);
            }
        };

        PreparedText prepared = ANALYZER.prepareText(input);
        AnalysedText finished = ANALYZER.analyse(prepared, watched);

        assertThat(finished).isEqualTo(ANALYZER.analyse(input, corpus(1000, common)));
        assertThat(prepared.input()).isEqualTo(input);
        assertThat(prepared.corpusKeys()).containsAll(asked).contains("tamar bridg", "tamar", "bridg");
    }

    private static DocumentFrequencies empty() {
        return corpus(0, Map.of());
    }

    private static DocumentFrequencies corpus(long documents, Map<String, Long> counts) {
        return new DocumentFrequencies() {
            @Override
            public long documentCount() {
                return documents;
            }

            @Override
            public Map<String, Long> frequencies(Collection<String> keys) {
                Map<String, Long> result = new HashMap<>();
                keys.forEach(k -> {
                    if (counts.containsKey(k)) {
                        result.put(k, counts.get(k));
                    }
                });
                return result;
            }
        };
    }
}
