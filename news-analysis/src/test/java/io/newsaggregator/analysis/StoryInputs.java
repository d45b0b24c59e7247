package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Story clusterer input for tests and benchmarks. */
final class StoryInputs {

    private StoryInputs() {
    }

    /** A headline-only article (no body text, no salience hints). */
    static StoryInput ofTitle(long article, long portal, Instant seenAt, String title, List<String> titleTerms) {
        return new StoryInput(ArticleId.of(article), PortalId.of(portal), seenAt, title, titleTerms, List.of(), List.of());
    }

    /**
     * Labelled headlines, analysed in English: article ids are the positions counted from 1,
     * portals are numbered in order of first appearance.
     */
    static List<StoryInput> headlines(List<Headline> headlines) {
        EnglishStoryInputs analyzer = new EnglishStoryInputs();
        Map<String, Long> portals = new HashMap<>();
        List<StoryInput> inputs = new ArrayList<>(headlines.size());
        for (Headline h : headlines) {
            long portal = portals.computeIfAbsent(h.portal(), p -> portals.size() + 1L);
            inputs.add(analyzer.document(inputs.size() + 1L, portal, h.timestamp(), h.title(), null));
        }
        return inputs;
    }

    /** The same article seen at another time. */
    static StoryInput at(StoryInput article, Instant seenAt) {
        return new StoryInput(article.articleId(), article.portalId(), seenAt, article.title(), article.titleTerms(),
                article.bodyTerms(), article.salientTerms());
    }
}
