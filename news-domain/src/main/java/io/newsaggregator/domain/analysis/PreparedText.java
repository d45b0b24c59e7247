package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.Languages;
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

    /**
     * The phrase keys the finished analysis will count in the corpus (its
     * {@link AnalysedText#phraseKeys()}), so that a batch that is its own corpus can count them all
     * before ranking any; empty when the analyser cannot tell ahead.
     */
    default Set<String> phraseKeys() {
        return Set.of();
    }

    /** The language the text was read in, or {@link Languages#UNDETERMINED}. */
    default String language() {
        return Languages.UNDETERMINED;
    }

    /** How sure the analyser is of {@link #language()}, in [0, 1]; 0 when it did not detect one ahead. */
    default double languageConfidence() {
        return 0;
    }

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
