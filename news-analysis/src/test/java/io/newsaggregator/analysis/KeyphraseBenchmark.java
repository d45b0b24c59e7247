package io.newsaggregator.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Key-phrase quality on the shared development set (500N-KPCrowd train, 450 English news
 * articles): P, R and F at 5, 10 and 15 against the gold phrases, both lower-cased and
 * Porter-stemmed word by word, exact match, averaged over documents. Document frequencies come
 * from all 450 documents, the ranked one included (as {@code analyse-text} does for its batch).
 *
 * <p>Run with {@code --grid} to print a small sweep of {@link KeyphraseSettings} as well.
 */
public final class KeyphraseBenchmark {

    private KeyphraseBenchmark() {
    }

    public static void main(String[] args) {
        Optional<Path> dir = KeyphraseCorpus.locate(args);
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/corpus/keyphrase-dev/docs not found (run from the worktree root)");
            return;
        }
        List<KeyphraseCorpus.Document> documents = KeyphraseCorpus.load(dir.get());
        System.out.printf(Locale.ROOT, "key-phrase dev set: %d documents from %s%n", documents.size(), dir.get());
        LanguageDetector detector = LanguageDetectors.standard();
        List<ArticleText> texts = documents.stream()
                .map(d -> new ArticleText(d.id(), d.title(), null, d.body())).toList();

        report("defaults " + KeyphraseSettings.defaults(), evaluate(detector, KeyphraseSettings.defaults(),
                texts, documents));
        if (List.of(args).contains("--grid")) {
            for (KeyphraseSettings s : grid()) {
                report(s.toString(), evaluate(detector, s, texts, documents));
            }
        }
        languageOnCorpus(detector, documents);
    }

    private static List<KeyphraseSettings> grid() {
        List<KeyphraseSettings> settings = new ArrayList<>();
        for (double multiWord : new double[] {0.0, 0.25, 0.5, 1.0}) {
            for (double title : new double[] {1.0, 1.5}) {
                for (double position : new double[] {0.0, 1.0}) {
                    for (double tf : new double[] {1.0, 1.5}) {
                        settings.add(new KeyphraseSettings(4, true, title, position, tf, multiWord));
                    }
                }
            }
        }
        settings.add(new KeyphraseSettings(3, true, 1.0, 0.0, 1.0, 0.25));
        settings.add(new KeyphraseSettings(4, false, 1.0, 0.0, 1.0, 0.0));
        return settings;
    }
    record Scores(double[] precision, double[] recall, double[] f1) {
    }

    static final int[] CUTOFFS = {5, 10, 15};

    static Scores evaluate(LanguageDetector detector, KeyphraseSettings settings, List<ArticleText> texts,
            List<KeyphraseCorpus.Document> documents) {
        ArticleTextAnalyzer analyzer = new ArticleTextAnalyzer(detector, settings, 15);
        List<List<String>> results = AnalyseTextPath.keyphrases(analyzer, texts);
        PorterNormalizer normalizer = new PorterNormalizer();
        double[] p = new double[CUTOFFS.length];
        double[] r = new double[CUTOFFS.length];
        double[] f = new double[CUTOFFS.length];
        for (int d = 0; d < documents.size(); d++) {
            Set<String> gold = new LinkedHashSet<>();
            for (String phrase : documents.get(d).goldPhrases()) {
                String n = normalizer.normalize(phrase);
                if (!n.isEmpty()) {
                    gold.add(n);
                }
            }
            List<String> predicted = new ArrayList<>();
            for (String k : results.get(d)) {
                String n = normalizer.normalize(k);
                if (!n.isEmpty() && !predicted.contains(n)) {
                    predicted.add(n);
                }
            }
            for (int c = 0; c < CUTOFFS.length; c++) {
                List<String> top = predicted.subList(0, Math.min(CUTOFFS[c], predicted.size()));
                long hits = top.stream().filter(gold::contains).count();
                double precision = top.isEmpty() ? 0 : hits / (double) top.size();
                double recall = gold.isEmpty() ? 0 : hits / (double) gold.size();
                p[c] += precision;
                r[c] += recall;
                f[c] += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            }
        }
        for (int c = 0; c < CUTOFFS.length; c++) {
            p[c] /= documents.size();
            r[c] /= documents.size();
            f[c] /= documents.size();
        }
        return new Scores(p, r, f);
    }

    private static void report(String label, Scores s) {
        System.out.printf(Locale.ROOT, "%-80s F@10=%.4f P@10=%.4f R@10=%.4f | F@5=%.4f F@15=%.4f%n",
                label, s.f1()[1], s.precision()[1], s.recall()[1], s.f1()[0], s.f1()[2]);
    }

    /** All 450 documents are English: detection accuracy on full texts and on titles alone. */
    private static void languageOnCorpus(LanguageDetector detector, List<KeyphraseCorpus.Document> documents) {
        int fullCorrect = 0;
        int titleCorrect = 0;
        double titleConfidence = 0;
        double fullConfidence = 0;
        int titleConfidentWrong = 0;
        for (KeyphraseCorpus.Document d : documents) {
            DetectedLanguage full = detector.detect(d.title() + "\n" + d.body());
            DetectedLanguage title = detector.detect(d.title());
            fullCorrect += full.code().equals("en") ? 1 : 0;
            fullConfidence += full.confidence();
            titleCorrect += title.code().equals("en") ? 1 : 0;
            titleConfidence += title.confidence();
            titleConfidentWrong += !title.code().equals("en") && title.confidence() >= 0.5 ? 1 : 0;
        }
        int n = documents.size();
        System.out.printf(Locale.ROOT,
                "language on the %d English articles: full text %.1f%% correct (mean confidence %.2f); "
                        + "title alone %.1f%% correct (mean confidence %.2f), wrong with confidence >= 0.5: %d%n",
                n, 100.0 * fullCorrect / n, fullConfidence / n, 100.0 * titleCorrect / n, titleConfidence / n,
                titleConfidentWrong);
    }
}
