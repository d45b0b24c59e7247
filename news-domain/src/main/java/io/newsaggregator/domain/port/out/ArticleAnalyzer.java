package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.PreparedText;

/** Reads language, size, key phrases and terms from an article's text. Thread-safe. */
public interface ArticleAnalyzer {
    /** @param corpus document frequencies the key-phrase scores are weighed against */
    AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus);

    /**
     * The part of {@link #analyse(AnalysisInput, DocumentFrequencies)} that needs no corpus. A batch
     * prepares its articles at once, on as many threads as it likes, and reads the frequencies of
     * all their {@link PreparedText#corpusKeys()} together; by default nothing is done ahead.
     */
    default PreparedText prepareText(AnalysisInput input) {
        return PreparedText.unprepared(input);
    }

    /**
     * Finishes a text {@link #prepareText} made, against the corpus as it is now: the same result as
     * {@code analyse(text.input(), corpus)}.
     */
    default AnalysedText analyse(PreparedText text, DocumentFrequencies corpus) {
        return analyse(text.input(), corpus);
    }

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
