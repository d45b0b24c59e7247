package io.newsaggregator.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An article after language detection and tokenizing, before ranking against a corpus. Its
 * {@link #phraseKeys()} are what a corpus counts as document frequencies; a batch prepares every
 * article first, counts, then ranks. Immutable.
 */
final class PreparedArticle {

    private final String id;
    private final DetectedLanguage language;
    private final LanguageProfile profile;
    private final List<TokenizedText> parts;
    private final List<PhraseWord> words;
    private final Map<String, PhraseCount> phrases;
    private final Map<String, Integer> phraseCounts;
    private final Map<String, Integer> countedWords;

    PreparedArticle(String id, DetectedLanguage language, LanguageProfile profile, List<TokenizedText> parts,
            List<PhraseWord> words, Map<String, PhraseCount> phrases, int wordsCounted) {
        this.id = Objects.requireNonNull(id, "id");
        this.language = Objects.requireNonNull(language, "language");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.parts = List.copyOf(parts);
        this.words = List.copyOf(words);
        this.phrases = Collections.unmodifiableMap(phrases);
        Map<String, Integer> counts = new LinkedHashMap<>(phrases.size() * 2);
        phrases.forEach((key, phrase) -> counts.put(key, phrase.occurrences()));
        this.phraseCounts = Collections.unmodifiableMap(counts);
        this.countedWords = Collections.unmodifiableMap(mostFrequentWords(phrases, wordsCounted));
    }

    public String id() {
        return id;
    }

    public DetectedLanguage language() {
        return language;
    }

    public LanguageProfile profile() {
        return profile;
    }

    /** Distinct stemmed phrase keys of the article, for {@code DocumentFrequencies}. */
    public Set<String> phraseKeys() {
        return phraseCounts.keySet();
    }

    /** Occurrences of each phrase key (single words included), in order of first occurrence. */
    public Map<String, Integer> phraseCounts() {
        return phraseCounts;
    }

    /** Each phrase key (single words included) as the article wrote it most often, in order of first occurrence. */
    public Map<String, PhraseCount> phrases() {
        return phrases;
    }

    /**
     * The content words the article counts for daily trends, with their occurrences: the most
     * frequent ones, those met first on a tie, so the title and lead come before the body. Words
     * once each in a long text say little about what the day was about; counting every one
     * stored ~170 (term, portal, day) rows per article.
     */
    public Map<String, Integer> countedWords() {
        return countedWords;
    }

    /** Title, lead and body tokens, in that order. */
    public List<TokenizedText> parts() {
        return parts;
    }

    List<PhraseWord> words() {
        return words;
    }

    private static Map<String, Integer> mostFrequentWords(Map<String, PhraseCount> phrases, int limit) {
        List<Map.Entry<String, PhraseCount>> single = new ArrayList<>();
        for (Map.Entry<String, PhraseCount> e : phrases.entrySet()) {
            if (e.getKey().indexOf(' ') < 0) {
                single.add(e);
            }
        }
        // a stable sort: equal counts stay in order of first occurrence
        single.sort(Comparator.comparingInt((Map.Entry<String, PhraseCount> e) -> e.getValue().occurrences()).reversed());
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (Map.Entry<String, PhraseCount> e : single.subList(0, Math.min(limit, single.size()))) {
            counted.put(e.getKey(), e.getValue().occurrences());
        }
        return counted;
    }
}
