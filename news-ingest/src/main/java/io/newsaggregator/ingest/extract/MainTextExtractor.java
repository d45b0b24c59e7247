package io.newsaggregator.ingest.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The generic main-text extractor: clean the tree, score containers, read the best one's blocks. */
final class MainTextExtractor {
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
    private final ContentScorer scorer = new ContentScorer();

    /** @param document a copy of the page that may be modified */
    String extract(Document document) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        cleaner.clean(body);
        List<Element> containers = scorer.select(body);
        return TextBlocks.text(containers.isEmpty() ? List.of(body) : containers);
    }
}
