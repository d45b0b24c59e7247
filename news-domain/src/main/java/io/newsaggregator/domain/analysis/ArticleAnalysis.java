package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.ArticleId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What analysis found in one revision of an article.
 *
 * @param revision             the article revision analysed; a newer revision makes it stale
 * @param language             ISO 639-1 code, or "und" when undetermined
 * @param properNounCandidates capitalised phrases that may name people, organisations or places
 *                             (candidates, not recognised entities)
 * @param analyserVersion      {@link io.newsaggregator.domain.port.out.ArticleAnalyzer#version()} of the
 *                             analyser that made it; null when unknown (analysed before versions were kept)
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
        String analyserVersion) {

    public ArticleAnalysis {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(language, "language");
        keyphrases = List.copyOf(keyphrases);
        properNounCandidates = List.copyOf(properNounCandidates);
        Objects.requireNonNull(analysedAt, "analysedAt");
    }
}
