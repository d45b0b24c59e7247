package io.newsaggregator.ingest;

import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The generic main-text extractor, a cascade that does not settle for an implausible answer (see
 * {@link TextCheck}): first the content scorer over a tree cleaned by tag and class; then, on a
 * fresh copy cleaned by tag alone, the scorer again (the readability-style retry) and the paragraph
 * classifier. The first plausible result wins; when none is, the longest.
 */
final class MainTextExtractor {
    private final BoilerplateCleaner strict = new BoilerplateCleaner(true);
    private final BoilerplateCleaner lenient = new BoilerplateCleaner(false);
    private final ContentScorer scorer = new ContentScorer();

    /**
     * @param document    a copy of the page that may be modified
     * @param fresh       another unmodified copy, asked for only when the first pass fails the check
     * @param description the page's own summary, or null
     */
    String extract(Document document, Supplier<Document> fresh, String description) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        TextCheck check = new TextCheck(body, description);
        String first = scored(body, strict);
        if (check.plausible(first)) {
            return first;
        }
        Element second = fresh.get().body();
        if (second == null) {
            return first;
        }
        lenient.clean(second);
        String retry = score(second);
        if (check.plausible(retry)) {
            return retry;
        }
        String classified = ParagraphClassifier.text(second);
        if (check.plausible(classified)) {
            return classified;
        }
        return longest(first, retry, classified);
    }

    private String scored(Element body, BoilerplateCleaner cleaner) {
        cleaner.clean(body);
        return score(body);
    }

    private String score(Element cleaned) {
        List<Element> containers = scorer.select(cleaned);
        return TextBlocks.text(containers.isEmpty() ? List.of(cleaned) : containers);
    }

    private static String longest(String... texts) {
        String best = "";
        int bestWords = -1;
        for (String text : texts) {
            int words = TextCheck.words(text);
            if (words > bestWords) {
                best = text;
                bestWords = words;
            }
        }
        return best;
    }
}
