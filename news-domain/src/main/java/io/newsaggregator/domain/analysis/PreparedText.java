package io.newsaggregator.domain.analysis;

import java.util.Objects;
import java.util.Set;

/**
 * One article's text as an analyser has read it before weighing it against the corpus (language,
 * words, candidate phrases): made by {@link io.newsaggregator.domain.port.out.ArticleAnalyzer#prepareText},
 * finished by {@link io.newsaggregator.domain.port.out.ArticleAnalyzer#analyse(PreparedText, DocumentFrequencies)}.
 */
public interface PreparedText {
    AnalysisInput input();

    /**
     * The keys whose document frequencies finishing the analysis will ask for, so that a batch can
     * read those of all its articles at once; empty when the analyser cannot tell ahead.
     */
    Set<String> corpusKeys();

    /** A text nothing was done to yet: finishing it is the whole analysis. */
    static PreparedText unprepared(AnalysisInput input) {
        Objects.requireNonNull(input, "input");
        return new PreparedText() {
            @Override
            public AnalysisInput input() {
                return input;
            }

            @Override
            public Set<String> corpusKeys() {
                return Set.of();
            }
        };
    }
}
