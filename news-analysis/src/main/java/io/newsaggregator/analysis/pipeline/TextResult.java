package io.newsaggregator.analysis.pipeline;

import io.newsaggregator.domain.analysis.ScoredPhrase;
import java.util.List;
import java.util.Objects;

/**
 * What {@link TextBatch} found in one document.
 *
 * @param language   ISO 639-1 code, or "und" when undetermined
 * @param keyphrases ranked, best first
 * @param storyId    the story of the document; documents of the same batch that report the same
 *                   event share it
 */
public record TextResult(String id, String language, double languageConfidence, int wordCount,
                         List<ScoredPhrase> keyphrases, String storyId) {
    public TextResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        keyphrases = List.copyOf(keyphrases);
        Objects.requireNonNull(storyId, "storyId");
    }
}
