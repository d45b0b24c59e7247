package io.newsaggregator.analysis;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Language detection on the shared news pages ({@code ../shared/corpus/html}, article pages only),
 * labelled by their own {@code <html lang>}: the text of their paragraphs, and their
 * {@code <title>} alone as a short-text check. The paragraph text is taken with regular
 * expressions, which is crude but needs no HTML parser in this module.
 */
public final class LanguageBenchmark {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=\"?([a-zA-Z]{2,3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH = Pattern.compile("<p[\\s>][^>]*>?(.*?)</p>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("<(script|style)[^>]*>.*?</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private LanguageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Optional<Path> dir = Stream.of("../shared/corpus/html", "../../shared/corpus/html").map(Path::of)
                .filter(Files::isDirectory).findFirst();
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/corpus/html not found (run from the worktree root)");
            return;
        }
        LanguageDetector detector = LanguageDetectors.standard();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir.get())) {
            pages = files.filter(p -> p.getFileName().toString().contains("__article")).sorted().toList();
        }
        int labelled = 0;
        int correct = 0;
        int titleCorrect = 0;
        int titleConfidentWrong = 0;
        double titleConfidence = 0;
        double textConfidence = 0;
        Map<String, int[]> perLanguage = new TreeMap<>();
        long nanos = 0;
        for (Path page : pages) {
            String html = read(page);
            Matcher lang = HTML_LANG.matcher(html);
            if (!lang.find()) {
                continue;
            }
            String expected = lang.group(1).toLowerCase(Locale.ROOT);
            String text = paragraphs(html);
            if (text.length() < 200) {
                continue;
            }
            labelled++;
            long start = System.nanoTime();
            DetectedLanguage detected = detector.detect(text);
            nanos += System.nanoTime() - start;
            int[] counts = perLanguage.computeIfAbsent(expected, k -> new int[2]);
            counts[1]++;
            if (detected.code().equals(expected)) {
                correct++;
                counts[0]++;
            } else {
                System.out.printf(Locale.ROOT, "  miss %s: declared %s, detected %s (%.2f)%n",
                        page.getFileName(), expected, detected.code(), detected.confidence());
            }
            textConfidence += detected.confidence();
            Matcher title = TITLE.matcher(html);
            String titleText = title.find() ? clean(title.group(1)) : "";
            DetectedLanguage fromTitle = detector.detect(titleText);
            titleConfidence += fromTitle.confidence();
            titleCorrect += fromTitle.code().equals(expected) ? 1 : 0;
            titleConfidentWrong += !fromTitle.code().equals(expected) && fromTitle.confidence() >= 0.5 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "article pages with <html lang> and >= 200 chars of paragraph text: %d%n", labelled);
        System.out.printf(Locale.ROOT, "paragraph text: %.1f%% correct, mean confidence %.2f, %.2f ms per page%n",
                100.0 * correct / labelled, textConfidence / labelled, nanos / 1e6 / labelled);
        System.out.printf(Locale.ROOT, "<title> alone:  %.1f%% correct, mean confidence %.2f, wrong with confidence >= 0.5: %d%n",
                100.0 * titleCorrect / labelled, titleConfidence / labelled, titleConfidentWrong);
        perLanguage.forEach((language, c) -> System.out.printf(Locale.ROOT, "  %s %d/%d%n", language, c[0], c[1]));
    }

    private static String read(Path page) {
        try {
            return new String(Files.readAllBytes(page), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + page, e);
        }
    }

    private static String paragraphs(String html) {
        String withoutScripts = SCRIPT.matcher(html).replaceAll(" ");
        StringBuilder text = new StringBuilder();
        Matcher p = PARAGRAPH.matcher(withoutScripts);
        while (p.find() && text.length() < 4000) {
            text.append(clean(p.group(1))).append('\n');
        }
        return text.toString().strip();
    }

    private static String clean(String fragment) {
        return TAG.matcher(fragment).replaceAll(" ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("&#?\\w+;", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
