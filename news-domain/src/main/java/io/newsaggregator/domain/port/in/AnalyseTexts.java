package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.analysis.ScoredPhrase;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Analyses texts without a store, with the analyser and story clusterer of the stored pipeline:
 * key phrases are ranked against document frequencies counted over the batch itself, and stories
 * are formed within the batch (in order of publication). Deterministic for a given input.
 */
public interface AnalyseTexts {

    /** Results in input order. Document ids should be unique; duplicates are analysed separately. */
    List<TextResult> analyse(List<TextDocument> documents);

    /**
     * One document.
     *
     * @param id          the caller's identifier, echoed in the result
     * @param title       the headline, or null
     * @param text        the main text, or null
     * @param portal      where it was published, or null when unknown (all unknown count as one source)
     * @param publishedAt when it was published, or null (then it counts as published with the newest
     *                    dated document of the batch)
     */
    record TextDocument(String id, String title, String text, String portal, Instant publishedAt) {
        public TextDocument {
            Objects.requireNonNull(id, "id");
        }

        public static TextDocument of(String id, String title, String text) {
            return new TextDocument(id, title, text, null, null);
        }
    }

    /**
     * What was found in one document.
     *
     * @param language   ISO 639-1 code, or {@link io.newsaggregator.domain.model.Languages#UNDETERMINED}
     * @param keyphrases ranked, best first
     * @param storyId    the story of the document; documents of the same batch that report the same
     *                   event share it
     */
    record TextResult(String id, String language, double languageConfidence, int wordCount,
                      List<ScoredPhrase> keyphrases, String storyId) {
        public TextResult {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(language, "language");
            keyphrases = List.copyOf(keyphrases);
            Objects.requireNonNull(storyId, "storyId");
        }
    }
}
