package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.DocumentFrequencies;

/** Reads language, size, key phrases and terms from an article's text. Thread-safe. */
public interface ArticleAnalyzer {
    /** @param corpus document frequencies the key-phrase scores are weighed against */
    AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus);
}
