package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.out.TermCountRepository;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the terms the analysis keeps (stems and stemmed phrase keys) into the words people see:
 * each term as its most frequent written form over the articles that counted it. A term with no
 * written form is left out, so no stem is ever shown. Terms are turned into words when they are
 * read, not when they are stored, so what is shown never depends on how articles were batched.
 */
final class ShownTerms {

    /** Candidates scored per round when terms without a form have to be skipped. */
    private static final int ROUND = 50;

    private ShownTerms() {
    }

    /**
     * The {@code limit} strongest rising terms of {@code day} (days on {@code basis}) that have a
     * written form, each shown as that form; the score, counts and order are the trend scorer's.
     * Counted in one portal's articles (each term then names that portal), or across all when
     * {@code portalOrNull} is null.
     */
    static List<RisingTerm> rising(TrendScoring scoring, TermCountRepository store, TimeBasis basis, LocalDate day,
                                   int baselineDays, int limit, Portal portalOrNull) {
        PortalId portalId = portalOrNull == null ? null : portalOrNull.id();
        String portalCode = portalOrNull == null ? null : portalOrNull.code();
        List<RisingTerm> scored = scoring.rising(store.between(basis, day.minusDays(baselineDays), day, portalId), day,
                baselineDays, Integer.MAX_VALUE);
        List<RisingTerm> shown = new ArrayList<>(Math.min(limit, scored.size()));
        Set<String> words = new LinkedHashSet<>();
        for (int from = 0; from < scored.size() && shown.size() < limit; from += ROUND) {
            List<RisingTerm> round = scored.subList(from, Math.min(scored.size(), from + ROUND));
            Map<String, String> forms = store.mostFrequentForms(round.stream().map(RisingTerm::term).toList());
            for (RisingTerm term : round) {
                String word = forms.get(term.term());
                if (word != null && shown.size() < limit && words.add(word)) {
                    shown.add(new RisingTerm(word, portalCode, term.todayCount(), term.baselineMean(), term.score()));
                }
            }
        }
        return shown;
    }

    /** The stories with their terms as words, in one read of the written forms. */
    static List<Story> stories(List<Story> stories, TermCountRepository store) {
        Set<String> terms = new LinkedHashSet<>();
        stories.forEach(story -> terms.addAll(story.topTerms()));
        if (terms.isEmpty()) {
            return stories;
        }
        Map<String, String> forms = store.mostFrequentForms(terms);
        return stories.stream().map(s -> new Story(s.storyKey(), s.label(), words(s.topTerms(), forms), s.firstPortalId(),
                s.firstSeenAt(), s.lastSeenAt(), s.articleCount(), s.coverage())).toList();
    }

    /** One story's terms as words. */
    static List<String> words(Story story, TermCountRepository store) {
        return story.topTerms().isEmpty() ? List.of() : words(story.topTerms(), store.mostFrequentForms(story.topTerms()));
    }

    private static List<String> words(List<String> terms, Map<String, String> forms) {
        List<String> words = new ArrayList<>(terms.size());
        for (String term : terms) {
            String word = forms.get(term);
            if (word != null && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
