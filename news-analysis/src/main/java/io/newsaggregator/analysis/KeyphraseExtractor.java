package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.DocumentFrequencies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks the key phrases of one document, TF-IDF style: occurrences in the document times the
 * phrase's rarity in the corpus ({@link DocumentFrequencies}, a multi-word phrase's rarity capped
 * at the mean rarity of its words), raised for phrases met early in the text (and, if configured,
 * in the title). Phrases are keyed by their stemmed form, so "election
 * results" and "Election result" are one phrase, shown as it is most often written.
 *
 * <p>Immutable and thread-safe.
 */
final class KeyphraseExtractor {

    private static final double POSITION_SCALE = 50.0;

    private final KeyphraseSettings settings;
    private final CandidateCollector collector;

    public KeyphraseExtractor(KeyphraseSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.collector = new CandidateCollector(settings);
    }

    public KeyphraseExtractor() {
        this(KeyphraseSettings.defaults());
    }

    /** The distinct phrase keys of a document: what a corpus counts for its document frequencies. */
    public Set<String> phraseKeys(List<PhraseWord> words) {
        return Set.copyOf(collector.collect(Objects.requireNonNull(words, "words")).keySet());
    }

    /**
     * {@code phraseKeys} and every word in them: the keys whose document frequencies scoring those
     * phrases reads, all in one call, so a stored corpus answers one query per article.
     */
    public static Set<String> corpusKeys(Collection<String> phraseKeys) {
        Set<String> keys = new HashSet<>(phraseKeys);
        for (String key : phraseKeys) {
            if (key.indexOf(' ') >= 0) {
                keys.addAll(Arrays.asList(key.split(" ")));
            }
        }
        return keys;
    }

    /**
     * Every candidate phrase key of a document with how it is most often written there and its
     * number of occurrences, in order of first occurrence: the key set is {@link #phraseKeys}.
     */
    public Map<String, PhraseCount> phrases(List<PhraseWord> words) {
        Map<String, PhraseCandidate> candidates = collector.collect(Objects.requireNonNull(words, "words"));
        Map<String, PhraseCount> phrases = new LinkedHashMap<>(candidates.size() * 2);
        for (PhraseCandidate candidate : candidates.values()) {
            phrases.put(candidate.key(), new PhraseCount(candidate.displayText(), candidate.occurrences()));
        }
        return phrases;
    }

    /**
     * The best {@code limit} phrases of the document, best first; ties are broken by first
     * occurrence, then in favour of the longer phrase, then by key, so the order is deterministic.
     * No phrase in the list is part of another one in it.
     */
    public List<Keyphrase> extract(List<PhraseWord> words, DocumentFrequencies corpus, int limit) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(corpus, "corpus");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        Map<String, PhraseCandidate> candidates = collector.collect(words);
        Set<String> redundant = containedEverywhere(candidates);
        Rarity rarity = new Rarity(corpus.documentCount(), corpus.frequencies(corpusKeys(candidates.keySet())));
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (PhraseCandidate candidate : candidates.values()) {
            if (redundant.contains(candidate.key())) {
                continue;
            }
            scored.add(new Scored(candidate, score(candidate, rarity)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.candidate().firstWordIndex())
                .thenComparing(s -> -s.candidate().words())
                .thenComparing(s -> s.candidate().key()));
        return withoutNestedPhrases(scored, limit);
    }

    /**
     * Takes the best phrases in order but never a phrase together with a phrase inside it ("Buble"
     * and "Michael Buble"): the list would spend two places on one thing (+0.5 points F@10 on the
     * development set, on every fold). The better-scored one keeps the place, except that a phrase
     * takes the place of a single word inside it when it accounts for at least two of every three of
     * the word's occurrences ("Tamar Bridge" for "bridge" when most mentions of a bridge are of that
     * one). A phrase never replaces a shorter phrase: that already names its subject, and the longer
     * one tends to run on into the sentence ("élection présidentielle aura lieu").
     */
    private static List<Keyphrase> withoutNestedPhrases(List<Scored> ranked, int limit) {
        List<Keyphrase> chosen = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Scored s : ranked) {
            if (chosen.size() >= limit) {
                break;
            }
            PhraseCandidate candidate = s.candidate();
            if (chosen.stream().anyMatch(better -> isWithin(candidate.key(), better.key()))) {
                continue;
            }
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                if (isWithin(chosen.get(i).key(), candidate.key())) {
                    inside.add(i);
                }
            }
            if (inside.isEmpty()) {
                chosen.add(new Keyphrase(candidate.displayText(), candidate.key(), s.score(), candidate.occurrences()));
            } else if (inside.size() == 1 && isSingleWord(chosen.get(inside.get(0)))
                    && accountsForMostOf(candidate.occurrences(), chosen.get(inside.get(0)).occurrences())) {
                Keyphrase replaced = chosen.get(inside.get(0));
                chosen.set(inside.get(0), new Keyphrase(candidate.displayText(), candidate.key(), replaced.score(),
                        candidate.occurrences()));
            }
        }
        return chosen;
    }

    private static boolean isSingleWord(Keyphrase keyphrase) {
        return keyphrase.key().indexOf(' ') < 0;
    }

    /** Whether a longer phrase occurs at least two times for every three occurrences of a shorter one inside it. */
    private static boolean accountsForMostOf(int longerOccurrences, int shorterOccurrences) {
        return 3L * longerOccurrences >= 2L * shorterOccurrences;
    }

    /** Whether the words of {@code inner} occur as a contiguous run in {@code outer} (or are it). */
    static boolean isWithin(String inner, String outer) {
        return (" " + outer + " ").contains(" " + inner + " ");
    }

    /**
     * Keys of phrases that never occur outside one longer candidate ("Buenos" when every "Buenos"
     * is in "Buenos Aires"): they would only repeat the longer phrase in the list.
     */
    private static Set<String> containedEverywhere(Map<String, PhraseCandidate> candidates) {
        Set<String> redundant = new HashSet<>();
        for (PhraseCandidate longer : candidates.values()) {
            if (longer.words() < 2) {
                continue;
            }
            String[] terms = longer.key().split(" ");
            for (int from = 0; from < terms.length; from++) {
                for (int to = from + 1; to <= terms.length; to++) {
                    if (to - from == terms.length) {
                        continue;
                    }
                    PhraseCandidate shorter = candidates.get(String.join(" ", Arrays.asList(terms).subList(from, to)));
                    if (shorter != null && shorter.occurrences() == longer.occurrences()) {
                        redundant.add(shorter.key());
                    }
                }
            }
        }
        return redundant;
    }

    /** The corpus as one document's scoring reads it: its size and the frequencies of its keys. */
    private record Rarity(long documents, Map<String, Long> frequencies) {
        double idf(String key) {
            long frequency = frequencies.getOrDefault(key, 0L);
            return documents == 0 ? 1.0 : Math.log((documents + 1.0) / (Math.min(frequency, documents) + 1.0)) + 1.0;
        }
    }

    private double score(PhraseCandidate candidate, Rarity rarity) {
        double idf = Math.min(rarity.idf(candidate.key()), meanWordIdf(candidate, rarity));
        double tf = Math.pow(candidate.occurrences(), settings.tfExponent());
        double title = candidate.inTitle() ? settings.titleBoost() : 1.0;
        double position = 1.0 + settings.positionBoost() / (1.0 + candidate.firstWordIndex() / POSITION_SCALE);
        double length = 1.0 + settings.multiWordBoost() * (candidate.words() - 1);
        return tf * idf * title * position * length;
    }

    /**
     * A phrase seen in no other document would get the top rarity however ordinary its words are;
     * capping it at the mean rarity of its words keeps chance word combinations from outranking
     * the document's real topics (+0.7 points F@10 on the development set).
     */
    private static double meanWordIdf(PhraseCandidate candidate, Rarity rarity) {
        if (candidate.words() == 1) {
            return Double.MAX_VALUE;
        }
        String[] terms = candidate.key().split(" ");
        double sum = 0;
        for (String term : terms) {
            sum += rarity.idf(term);
        }
        return sum / terms.length;
    }

    private record Scored(PhraseCandidate candidate, double score) {
    }
}
