package io.newsaggregator.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis found in one article.
 *
 * @param id the article's identifier as given
 * @param language ISO 639-1 code of the detected (or, when detection was unsure, declared)
 *     language; {@code "und"} when undetermined
 * @param languageConfidence the detector's confidence in [0, 1] (low for short texts)
 * @param analysedAs the language whose stopwords and stemmer were used; {@code "und"} for the
 *     neutral profile
 * @param sentenceCount sentences in title, lead and body
 * @param wordCount words in title, lead and body
 * @param readingTimeMinutes whole minutes to read at 230 words a minute, at least 1 for any text
 * @param terms content words by stem, most frequent first
 * @param keyphrases ranked key phrases, best first
 * @param properNounCandidates capitalised sequences that are probably names, most frequent first
 */
record TextAnalysis(String id, String language, double languageConfidence, String analysedAs,
        int sentenceCount, int wordCount, int readingTimeMinutes, List<TermCount> terms,
        List<Keyphrase> keyphrases, List<ProperNounCandidate> properNounCandidates) {

    public TextAnalysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(analysedAs, "analysedAs");
        terms = List.copyOf(terms);
        keyphrases = List.copyOf(keyphrases);
        properNounCandidates = List.copyOf(properNounCandidates);
    }
}
