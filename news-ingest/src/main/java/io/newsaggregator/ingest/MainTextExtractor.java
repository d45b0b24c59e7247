package io.newsaggregator.ingest;

import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The generic main-text extractor, a cascade that does not settle for an implausible answer (see
 * {@link TextCheck}): first the content scorer over a tree cleaned by tag and class; then, on a
 * fresh copy cleaned by tag alone, the scorer again (the readability-style retry) and the paragraph
 * classifier. The first plausible result wins; when none is, the longest. A plausible first result
 * is still compared with the retry's when the class hints removed much paragraph text.
 */
final class MainTextExtractor {
    /**
     * When the class hints removed paragraph text of at least this share of the first result's
     * length, the pass without class hints is run too (page builders name text boxes "widget" or
     * "banner"), and its result wins when it has {@link #LONGER_BY} times the words. Both chosen by
     * cross-validation over site folds of the web development set.
     */
    private static final double HINTED_SHARE = 0.2;
    private static final double LONGER_BY = 1.3;
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
        int droppedByHints = strict.clean(body);
        String first = score(body);
        boolean plausible = check.plausible(first);
        if (plausible && droppedByHints < HINTED_SHARE * first.length()) {
            return first;
        }
        Element second = fresh.get().body();
        if (second == null) {
            return first;
        }
        lenient.clean(second);
        String retry = score(second);
        if (plausible) {
            return TextCheck.words(retry) >= LONGER_BY * TextCheck.words(first) ? retry : first;
        }
        if (check.plausible(retry)) {
            return retry;
        }
        String classified = ParagraphClassifier.text(second);
        if (check.plausible(classified)) {
            return classified;
        }
        return longest(first, retry, classified);
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
