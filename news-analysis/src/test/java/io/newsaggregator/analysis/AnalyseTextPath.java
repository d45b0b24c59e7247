package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import io.newsaggregator.domain.service.TextAnalysisService;
import java.util.List;

/** Key phrases as {@code analyse-text} finds them, with the analyser under test in its place. */
final class AnalyseTextPath {

    private AnalyseTextPath() {
    }

    /** The key phrases of each text, best first, in input order; the batch is its own corpus. */
    static List<List<String>> keyphrases(ArticleTextAnalyzer analyzer, List<ArticleText> texts) {
        AnalysisAdapters adapters = new AnalysisAdapters(analyzer, StoryClustererSettings.defaults(), TrendScorer.defaults());
        List<TextDocument> documents = texts.stream()
                .map(t -> new TextDocument(t.id(), t.title(), t.body(), null, null)).toList();
        return new TextAnalysisService(adapters.articleAnalyzer(), adapters.storyClusterers()).analyse(documents).stream()
                .map(r -> r.keyphrases().stream().map(ScoredPhrase::text).toList()).toList();
    }
}
