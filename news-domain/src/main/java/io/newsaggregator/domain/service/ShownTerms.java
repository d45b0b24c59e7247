package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.TermCountRepository;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the terms the analysis keeps (stems and stemmed phrase keys) into the words people see:
 * each term as its most frequent written form, first in the articles at hand (a batch's), then as
 * stored for the counted terms. A term with no known form is left out, so no stem is ever shown.
 */
final class ShownTerms {

    /** Candidates scored per round when terms without a form have to be skipped. */
    private static final int ROUND = 50;

    /** Term to written form to the number of articles that wrote it so. */
    private final Map<String, Map<String, Integer>> seen = new HashMap<>();

    /** Adds the written forms of one article of the batch. */
    void addArticle(Map<String, String> writtenForms) {
        writtenForms.forEach((term, text) -> seen.computeIfAbsent(term, t -> new HashMap<>()).merge(text, 1, Integer::sum));
    }

    /** The shown form of each term that has one, in the order given (one store read for the rest). */
    Map<String, String> resolve(Collection<String> terms, TermCountRepository store) {
        Map<String, String> shown = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String term : terms) {
            Map<String, Integer> forms = seen.get(term);
            if (forms == null) {
                unknown.add(term);
            } else {
                shown.put(term, mostFrequent(forms));
            }
        }
        if (!unknown.isEmpty()) {
            shown.putAll(store.mostFrequentForms(unknown));
        }
        return shown;
    }

    /** {@code terms} as shown, in order, without the ones that have no form. */
    List<String> words(List<String> terms, Map<String, String> shown) {
        List<String> words = new ArrayList<>(terms.size());
        for (String term : terms) {
            String word = shown.get(term);
            if (word != null && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The {@code limit} strongest rising terms of {@code day} that have a written form, each shown as
     * that form; the score, counts and order are the trend scorer's.
     */
    static List<RisingTerm> rising(TrendScoring scoring, TermCountRepository store, LocalDate day, int baselineDays,
                                   int limit, PortalId portalOrNull) {
        List<RisingTerm> scored = scoring.rising(store.between(day.minusDays(baselineDays), day, portalOrNull), day,
                baselineDays, Integer.MAX_VALUE);
        List<RisingTerm> shown = new ArrayList<>(Math.min(limit, scored.size()));
        Set<String> words = new LinkedHashSet<>();
        for (int from = 0; from < scored.size() && shown.size() < limit; from += ROUND) {
            List<RisingTerm> round = scored.subList(from, Math.min(scored.size(), from + ROUND));
            Map<String, String> forms = store.mostFrequentForms(round.stream().map(RisingTerm::term).toList());
            for (RisingTerm term : round) {
                String word = forms.get(term.term());
                if (word != null && shown.size() < limit && words.add(word)) {
                    shown.add(new RisingTerm(word, term.portal(), term.todayCount(), term.baselineMean(), term.score()));
                }
            }
        }
        return shown;
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
