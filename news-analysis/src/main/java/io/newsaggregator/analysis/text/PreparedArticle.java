package io.newsaggregator.analysis.text;

import io.newsaggregator.analysis.keyphrase.PhraseWord;
import io.newsaggregator.analysis.language.DetectedLanguage;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An article after language detection and tokenizing, before ranking against a corpus. Its
 * {@link #phraseKeys()} are what a corpus counts as document frequencies; a batch prepares every
 * article first, counts, then ranks. Immutable.
 */
public final class PreparedArticle {

    private final String id;
    private final DetectedLanguage language;
    private final LanguageProfile profile;
    private final List<TokenizedText> parts;
    private final List<PhraseWord> words;
    private final Map<String, Integer> phraseCounts;

    PreparedArticle(String id, DetectedLanguage language, LanguageProfile profile, List<TokenizedText> parts,
            List<PhraseWord> words, Map<String, Integer> phraseCounts) {
        this.id = Objects.requireNonNull(id, "id");
        this.language = Objects.requireNonNull(language, "language");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.parts = List.copyOf(parts);
        this.words = List.copyOf(words);
        this.phraseCounts = Collections.unmodifiableMap(phraseCounts);
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

    /** Title, lead and body tokens, in that order. */
    public List<TokenizedText> parts() {
        return parts;
    }

    List<PhraseWord> words() {
        return words;
    }
}
