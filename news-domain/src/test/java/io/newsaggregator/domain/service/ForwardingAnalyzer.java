package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;

/** Passes every call to another analyser; a test overrides what it watches or breaks. */
class ForwardingAnalyzer implements ArticleAnalyzer {
    private final ArticleAnalyzer delegate;

    ForwardingAnalyzer(ArticleAnalyzer delegate) {
        this.delegate = delegate;
    }

    @Override
    public AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
        return delegate.analyse(input, corpus);
    }

    @Override
    public CorpusContribution contribution(AnalysisInput text, ArticleAnalysis stored) {
        return delegate.contribution(text, stored);
    }

    @Override
    public String version() {
        return delegate.version();
    }
}
