package io.newsaggregator.domain.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the text analyser read from one article, before it is stored.
 *
 * @param phraseKeys   every candidate phrase key of the text, once: the article's contribution to
 *                     document frequencies
 * @param termCounts   stemmed term (and phrase key) to occurrences, for daily trend counts: only the
 *                     terms that can be shown (see the analyser)
 * @param writtenForms stemmed term or phrase key to the way this article wrote it most often, for
 *                     every term counted and every content word, so nothing shown is a stem
 * @param titleTerms   normalised, stemmed, stopword-free terms of the title (for story clustering)
 * @param bodyTerms    the same for lead and body
 * @param salientTerms terms that are likely names or numbers, in the same normal form
 */
public record AnalysedText(
        String language,
        double languageConfidence,
        int wordCount,
        int sentenceCount,
        int readingTimeMinutes,
        List<ScoredPhrase> keyphrases,
        List<String> properNounCandidates,
        Set<String> phraseKeys,
        Map<String, Integer> termCounts,
        Map<String, String> writtenForms,
        List<String> titleTerms,
        List<String> bodyTerms,
        List<String> salientTerms) {

    public AnalysedText {
        keyphrases = List.copyOf(keyphrases);
        properNounCandidates = List.copyOf(properNounCandidates);
        phraseKeys = Set.copyOf(phraseKeys);
        termCounts = Map.copyOf(termCounts);
        writtenForms = Map.copyOf(writtenForms);
        titleTerms = List.copyOf(titleTerms);
        bodyTerms = List.copyOf(bodyTerms);
        salientTerms = List.copyOf(salientTerms);
    }
}
