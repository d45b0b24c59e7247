package io.newsaggregator.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds candidate phrases: runs of content words not interrupted by a stopword, a number or
 * punctuation, at most {@code maxWords} long. So no candidate starts or ends with a stopword.
 */
final class CandidateCollector {

    private final KeyphraseSettings settings;

    CandidateCollector(KeyphraseSettings settings) {
        this.settings = settings;
    }

    /** Candidates by key, in order of first occurrence. */
    Map<String, PhraseCandidate> collect(List<PhraseWord> words) {
        Map<String, PhraseCandidate> candidates = new LinkedHashMap<>();
        int runStart = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean continues = i < words.size() && words.get(i).content()
                    && (runStart >= 0 && !words.get(i).breakBefore());
            if (continues) {
                continue;
            }
            if (runStart >= 0) {
                addRun(words, runStart, i, candidates);
                runStart = -1;
            }
            if (i < words.size() && words.get(i).content()) {
                runStart = i;
            }
        }
        return candidates;
    }

    private void addRun(List<PhraseWord> words, int from, int to, Map<String, PhraseCandidate> candidates) {
        int length = to - from;
        if (!settings.subPhrases()) {
            if (length <= settings.maxWords()) {
                add(words, from, to, candidates);
            }
            return;
        }
        for (int start = from; start < to; start++) {
            for (int end = start + 1; end <= Math.min(to, start + settings.maxWords()); end++) {
                add(words, start, end, candidates);
            }
        }
    }

    private static void add(List<PhraseWord> words, int from, int to, Map<String, PhraseCandidate> candidates) {
        StringBuilder key = new StringBuilder();
        StringBuilder surface = new StringBuilder();
        boolean title = false;
        for (int i = from; i < to; i++) {
            PhraseWord word = words.get(i);
            if (i > from) {
                key.append(' ');
                surface.append(word.joiner());
            }
            key.append(word.term());
            surface.append(word.surface());
            title |= word.inTitle();
        }
        String phraseKey = key.toString();
        candidates.computeIfAbsent(phraseKey, k -> new PhraseCandidate(k, to - from, from))
                .addOccurrence(surface.toString(), title);
    }
}
