package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import io.newsaggregator.domain.service.TextAnalysisService;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The input the story clusterer of {@code analyse-text} is given (default analyser, language
 * detection with the batch's hint), so a benchmark can run the clusterer alone under many settings
 * on exactly the terms production gives it: they are recorded on their way into the clusterer.
 */
public final class BatchStoryInputs {

    private BatchStoryInputs() {
    }

    /** In input order; the article ids are the input positions counted from 1. */
    public static List<StoryInput> of(List<TextDocument> documents) {
        AnalysisAdapters adapters = AnalysisAdapters.defaults();
        Map<Long, StoryInput> given = new TreeMap<>();
        StoryClusterers recording = state -> {
            StoryClusterer clusterer = adapters.storyClusterers().restore(state);
            return new StoryClusterer() {
                @Override
                public StoryAssignment add(StoryInput article) {
                    given.put(article.articleId().value(), article);
                    return clusterer.add(article);
                }

                @Override
                public byte[] exportState() {
                    return clusterer.exportState();
                }
            };
        };
        new TextAnalysisService(adapters.articleAnalyzer(), recording).analyse(documents);
        return List.copyOf(given.values());
    }
}
