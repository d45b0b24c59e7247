package io.newsaggregator.analysis;

import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextResult;
import io.newsaggregator.domain.service.TextAnalysisService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * B-cubed F1 of stories through the path users and {@code news-app analyse-text} take (the text
 * batch with the production analyser), on the headlines alone.
 */
public final class AnalyseTextStoriesBenchmark {
    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args.length > 0 ? args[0] : "../shared/corpus/stories-dev/headlines.csv");
        if (!Files.exists(csv)) {
            System.out.println("SKIPPED: no " + csv);
            return;
        }
        List<Headline> headlines = HeadlineCsv.read(csv);
        List<TextDocument> documents = headlines.stream()
                .map(h -> new TextDocument(h.id(), h.title(), "", h.portal(), h.timestamp())).toList();
        long start = System.nanoTime();
        AnalysisAdapters adapters = AnalysisAdapters.defaults();
        List<TextResult> results = new TextAnalysisService(adapters.articleAnalyzer(), adapters.storyClusterers())
                .analyse(documents);
        double seconds = (System.nanoTime() - start) / 1e9;
        ClusteringScores scores = ClusteringScores.of(headlines.stream().map(Headline::story).toList(),
                results.stream().map(TextResult::storyId).toList());
        System.out.printf(Locale.ROOT, "analyse-text path, %d headlines: %s  (%.0f docs/s)%n", headlines.size(), scores,
                headlines.size() / seconds);
    }
}
