package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;

/** Reads language, size, key phrases and terms from an article's text. Thread-safe. */
public interface ArticleAnalyzer {
    /** @param corpus document frequencies the key-phrase scores are weighed against */
    AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus);

    /**
     * What {@code stored}, the analysis this analyser (same {@link #version()}) made of {@code text} earlier, added to the
     * corpus counts, so a revision can take it back exactly. Analysing the text again would not do:
     * its key phrases are ranked against the corpus, which has changed since; they are read from
     * {@code stored} instead.
     */
    CorpusContribution contribution(AnalysisInput text, ArticleAnalysis stored);

    /**
     * Names what this analyser counts: a new version whenever the same text would give other phrase
     * keys or term counts (another stopword list, stemmer or candidate rule). Stored with every
     * analysis; a revision's old counts are only taken back when the same version made them.
     */
    String version();
}
