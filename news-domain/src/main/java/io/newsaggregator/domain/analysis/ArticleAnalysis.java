package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.ArticleId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What analysis found in one revision of an article.
 *
 * @param revision             the article revision analysed; a newer revision makes it stale
 * @param language             ISO 639-1 code, or {@link io.newsaggregator.domain.model.Languages#UNDETERMINED}
 * @param properNounCandidates capitalised phrases that may name people, organisations or places
 *                             (candidates, not recognised entities)
 * @param analyserVersion      {@link io.newsaggregator.domain.port.out.ArticleAnalyzer#version()} of the
 *                             analyser that made it (or failed on it); null when unknown (analysed before
 *                             versions were kept)
 * @param outcome              whether the analyser could analyse it; a failed one holds nothing found
 */
public record ArticleAnalysis(
        ArticleId articleId,
        int revision,
        String language,
        double languageConfidence,
        int wordCount,
        int sentenceCount,
        int readingTimeMinutes,
        List<ScoredPhrase> keyphrases,
        List<String> properNounCandidates,
        String storyKey,
        Instant analysedAt,
        String analyserVersion,
        AnalysisOutcome outcome) {

    public ArticleAnalysis {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(language, "language");
        keyphrases = List.copyOf(keyphrases);
        properNounCandidates = List.copyOf(properNounCandidates);
        Objects.requireNonNull(analysedAt, "analysedAt");
    }

    /** A successful analysis. */
    public ArticleAnalysis(ArticleId articleId, int revision, String language, double languageConfidence, int wordCount,
                           int sentenceCount, int readingTimeMinutes, List<ScoredPhrase> keyphrases,
                           List<String> properNounCandidates, String storyKey, Instant analysedAt, String analyserVersion) {
        this(articleId, revision, language, languageConfidence, wordCount, sentenceCount, readingTimeMinutes, keyphrases,
                properNounCandidates, storyKey, analysedAt, analyserVersion, AnalysisOutcome.ANALYSED);
    }

    public boolean failed() {
        return outcome == AnalysisOutcome.FAILED;
    }
}
