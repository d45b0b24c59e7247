package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.InMemoryDocumentFrequencies;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Single-thread speed of the per-article analyser on the 450 key-phrase articles, repeated, against
 * two baselines measured in the same run: plain Lucene {@link StandardAnalyzer} tokenizing of the
 * same text (the floor of any Lucene-based analysis) and language detection alone. Also prints
 * the bytes the analysis libraries add to the runtime class path.
 */
public final class ThroughputBenchmark {

    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 10;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) {
        Optional<Path> dir = KeyphraseCorpus.locate(args);
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/corpus/keyphrase-dev/docs not found (run from the worktree root)");
            return;
        }
        List<ArticleText> texts = KeyphraseCorpus.load(dir.get()).stream()
                .map(d -> new ArticleText(d.id(), d.title(), null, d.body())).toList();
        long bytes = texts.stream().mapToLong(t -> t.title().length() + t.body().length()).sum();
        System.out.printf(Locale.ROOT, "%d articles, %.1f KiB of text, %d rounds after %d warm-up rounds, 1 thread%n",
                texts.size(), bytes / 1024.0, ROUNDS, WARMUP_ROUNDS);

        ArticleTextAnalyzer analyzer = new ArticleTextAnalyzer();
        InMemoryDocumentFrequencies corpus = new InMemoryDocumentFrequencies();
        for (ArticleText text : texts) {
            corpus.addDocument(analyzer.prepare(text).phraseKeys());
        }
        LanguageDetector detector = LanguageDetectors.standard();
        StandardAnalyzer standard = new StandardAnalyzer();

        double tokenizeRate = rate(texts, t -> tokenizeOnly(standard, t));
        double detectRate = rate(texts, t -> detector.detect(t.title() + "\n" + t.body()).confidence() > 2 ? 1 : 0);
        double analyseRate = rate(texts, t -> {
            PreparedArticle prepared = analyzer.prepare(t);
            TextAnalysis analysis = analyzer.analyse(prepared, corpus);
            return analysis.keyphrases().size();
        });
        System.out.printf(Locale.ROOT, "baseline Lucene StandardAnalyzer tokenizing: %8.0f articles/s%n", tokenizeRate);
        System.out.printf(Locale.ROOT, "baseline language detection alone:           %8.0f articles/s%n", detectRate);
        System.out.printf(Locale.ROOT, "full analysis (language, tokens, key phrases, names): %8.0f articles/s"
                + " = %.1fx the tokenizing baseline's time%n", analyseRate, tokenizeRate / analyseRate);
        printClassPathCost();
    }

    private interface Work {
        int run(ArticleText text);
    }

    private static double rate(List<ArticleText> texts, Work work) {
        long sink = 0;
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            for (ArticleText text : texts) {
                sink += work.run(text);
            }
        }
        long start = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            for (ArticleText text : texts) {
                sink += work.run(text);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return texts.size() * (double) ROUNDS / seconds;
    }

    private static int tokenizeOnly(StandardAnalyzer analyzer, ArticleText text) {
        int count = 0;
        try (TokenStream stream = analyzer.tokenStream("text", text.title() + "\n" + text.body())) {
            stream.reset();
            while (stream.incrementToken()) {
                count++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static void printClassPathCost() {
        long added = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("opennlp-tools") || name.startsWith("opennlp-models-langdetect")
                    || name.startsWith("lucene-analysis-stempel") || name.startsWith("lucene-analysis-common")
                    || name.startsWith("lucene-core")) {
                try {
                    long size = Files.size(Path.of(entry));
                    System.out.printf(Locale.ROOT, "  runtime jar %-40s %,12d bytes%n", name, size);
                    if (!name.startsWith("lucene-core") && !name.startsWith("lucene-analysis-common")) {
                        added += size;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        System.out.printf(Locale.ROOT, "added by this work (OpenNLP + its language model + Stempel): %,d bytes%n", added);
    }
}
