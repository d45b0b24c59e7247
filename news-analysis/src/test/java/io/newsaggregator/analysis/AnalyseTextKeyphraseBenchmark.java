package io.newsaggregator.analysis;

import io.newsaggregator.domain.port.in.AnalyseTexts;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextResult;
import io.newsaggregator.domain.service.TextAnalysisService;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * F@10 of key phrases through the path users and {@code news-app analyse-text} take: the text
 * batch, whose document frequencies come from the batch itself. Run on the whole dev set as one
 * batch, and in batches of 50 (the size of a held-back split), to show how the batch size matters.
 */
public final class AnalyseTextKeyphraseBenchmark {
    public static void main(String[] args) {
        Optional<Path> dir = KeyphraseCorpus.locate(args);
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: no key-phrase corpus under ../shared");
            return;
        }
        List<KeyphraseCorpus.Document> documents = KeyphraseCorpus.load(dir.get());
        AnalysisAdapters adapters = AnalysisAdapters.defaults();
        AnalyseTexts batch = new TextAnalysisService(adapters.articleAnalyzer(), adapters.storyClusterers());
        for (int size : new int[] {documents.size(), 50}) {
            List<List<String>> predicted = new ArrayList<>();
            long start = System.nanoTime();
            for (int from = 0; from < documents.size(); from += size) {
                List<TextDocument> input = documents.subList(from, Math.min(documents.size(), from + size)).stream()
                        .map(d -> TextDocument.of(d.id(), d.title(), d.body())).toList();
                for (TextResult result : batch.analyse(input)) {
                    predicted.add(result.keyphrases().stream().map(ScoredPhrase::text).toList());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "analyse-text path, batches of %3d: F@10=%.4f  (%.0f docs/s)%n",
                    size, f10(documents, predicted), documents.size() / seconds);
        }
    }

    private static double f10(List<KeyphraseCorpus.Document> documents, List<List<String>> predictions) {
        PorterNormalizer normalizer = new PorterNormalizer();
        double sum = 0;
        for (int d = 0; d < documents.size(); d++) {
            Set<String> gold = new LinkedHashSet<>();
            documents.get(d).goldPhrases().stream().map(normalizer::normalize).filter(s -> !s.isEmpty()).forEach(gold::add);
            List<String> top = new ArrayList<>();
            for (String phrase : predictions.get(d)) {
                String n = normalizer.normalize(phrase);
                if (!n.isEmpty() && !top.contains(n) && top.size() < 10) {
                    top.add(n);
                }
            }
            long hits = top.stream().filter(gold::contains).count();
            double p = top.isEmpty() ? 0 : hits / (double) top.size();
            double r = gold.isEmpty() ? 0 : hits / (double) gold.size();
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / documents.size();
    }
}
