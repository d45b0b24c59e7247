package io.newsaggregator.analysis.pipeline;

import io.newsaggregator.analysis.story.StoryDocument;
import java.util.List;

/**
 * The documents the story clusterer of {@code analyse-text} is given (default analyser, language
 * detection with the batch's hint), so a benchmark can run the clusterer alone under many settings
 * on exactly the terms production gives it.
 */
public final class BatchStoryDocuments {

    private BatchStoryDocuments() {
    }

    /** In input order; the document ids are the input positions counted from 1. */
    public static List<StoryDocument> of(List<TextDocument> documents) {
        return AnalysisAdapters.defaults().textBatch().storyInputs(documents).stream()
                .map(IncrementalStoryClustererAdapter::document).toList();
    }
}
