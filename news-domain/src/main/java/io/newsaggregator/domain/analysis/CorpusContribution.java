package io.newsaggregator.domain.analysis;

import java.util.Map;
import java.util.Set;

/**
 * What one analysed text added to the corpus counts: one document for each phrase key, and its
 * daily term counts. Taking an article's old text back subtracts exactly this.
 *
 * @param phraseKeys the keys counted in the document frequencies
 * @param termCounts occurrences per term, counted in the article's portal and day
 * @param writtenForms how the article wrote each counted term (as {@link AnalysedText#writtenForms()})
 */
public record CorpusContribution(Set<String> phraseKeys, Map<String, Integer> termCounts,
                                 Map<String, String> writtenForms) {

    public CorpusContribution {
        phraseKeys = Set.copyOf(phraseKeys);
        termCounts = Map.copyOf(termCounts);
        writtenForms = Map.copyOf(writtenForms);
    }
}
