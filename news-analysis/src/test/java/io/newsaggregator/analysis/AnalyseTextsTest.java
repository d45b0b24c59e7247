package io.newsaggregator.analysis;

import io.newsaggregator.domain.port.in.AnalyseTexts;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextResult;
import io.newsaggregator.domain.service.TextAnalysisService;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_BODY_A;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_BODY_B;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_TITLE_A;
import static io.newsaggregator.analysis.Fixtures.BRIDGE_TITLE_B;
import static io.newsaggregator.analysis.Fixtures.ORCHESTRA_BODY;
import static io.newsaggregator.analysis.Fixtures.ORCHESTRA_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.ScoredPhrase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyseTextsTest {

    private static final AnalysisAdapters ADAPTERS = AnalysisAdapters.defaults();
    private static final AnalyseTexts BATCH = new TextAnalysisService(ADAPTERS.articleAnalyzer(), ADAPTERS.storyClusterers());

    private static final List<TextDocument> DOCUMENTS = List.of(
            new TextDocument("plymouth-live-1", BRIDGE_TITLE_A, BRIDGE_BODY_A, "plymouth-live",
                    Instant.parse("2026-03-02T08:00:00Z")),
            new TextDocument("concert-news", ORCHESTRA_TITLE, ORCHESTRA_BODY, "classic-fm", null),
            new TextDocument("bbc-2", BRIDGE_TITLE_B, BRIDGE_BODY_B, "bbc", Instant.parse("2026-03-02T09:10:00Z")));

    @Test
    void givesEachDocumentLanguageSizeAndRankedKeyphrasesInInputOrder() {
        List<TextResult> results = BATCH.analyse(DOCUMENTS);

        assertThat(results).extracting(TextResult::id).containsExactly("plymouth-live-1", "concert-news", "bbc-2");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.languageConfidence()).isGreaterThan(0.5);
            assertThat(r.wordCount()).isGreaterThan(50);
            assertThat(r.keyphrases()).isNotEmpty()
                    .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        });
        assertThat(results.get(1).keyphrases()).extracting(ScoredPhrase::text)
                .anyMatch(p -> p.contains("Berlin Philharmonic"));
    }

    @Test
    void documentsReportingTheSameEventShareAStoryId() {
        List<TextResult> results = BATCH.analyse(DOCUMENTS);

        assertThat(results.get(2).storyId()).isEqualTo(results.get(0).storyId());
        assertThat(results.get(1).storyId()).isNotEqualTo(results.get(0).storyId());
    }

    @Test
    void phrasesSharedByTheBatchRankBelowWhatIsSpecialToADocument() {
        TextResult alone = BATCH.analyse(List.of(DOCUMENTS.get(0))).get(0);
        TextResult inBatch = BATCH.analyse(DOCUMENTS).get(0);

        assertThat(alone.keyphrases()).isNotEqualTo(inBatch.keyphrases());
    }

    @Test
    void sameInputGivesTheSameOutput() {
        assertThat(BATCH.analyse(DOCUMENTS)).isEqualTo(BATCH.analyse(DOCUMENTS));
    }

    @Test
    void documentWithoutTitleOrTextStillGetsAResult() {
        List<TextResult> results = BATCH.analyse(List.of(TextDocument.of("empty", null, null)));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("empty");
            assertThat(r.wordCount()).isZero();
            assertThat(r.keyphrases()).isEmpty();
            assertThat(r.storyId()).isNotBlank();
        });
    }
}
