package io.newsaggregator.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;


/**
 * Synthesises a long article stream from the development headlines: copy {@code k} of the set is
 * shifted by {@code k} spans of the original time range, its salient terms are renamed per copy
 * (so each copy tells different stories) and 15 % of its other terms are swapped for random
 * vocabulary. The number of articles per day stays that of the original set.
 */
final class SyntheticStream {

    private static final double SUBSTITUTION = 0.15;

    private SyntheticStream() {
    }

    static List<StoryDocument> of(List<StoryDocument> base, int size, long seed) {
        Random random = new Random(seed);
        List<String> vocabulary = new ArrayList<>(vocabulary(base));
        Instant first = base.get(0).publishedAt();
        Duration span = Duration.between(first, base.get(base.size() - 1).publishedAt()).plusHours(1);
        List<StoryDocument> documents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int copy = i / base.size();
            StoryDocument source = base.get(i % base.size());
            Set<String> salient = new HashSet<>();
            List<String> terms = new ArrayList<>(source.titleTerms().size());
            for (String term : source.titleTerms()) {
                String replaced;
                if (source.salientTerms().contains(term)) {
                    replaced = term + "_" + copy;
                    salient.add(replaced);
                } else if (random.nextDouble() < SUBSTITUTION) {
                    replaced = vocabulary.get(random.nextInt(vocabulary.size()));
                } else {
                    replaced = term;
                }
                terms.add(replaced);
            }
            Instant at = source.publishedAt().plus(span.multipliedBy(copy));
            documents.add(new StoryDocument("syn" + i, source.portal(), at, source.title(), terms, List.of(),
                    salient));
        }
        return documents;
    }

    private static Set<String> vocabulary(List<StoryDocument> base) {
        Set<String> vocabulary = new java.util.TreeSet<>();
        base.forEach(d -> vocabulary.addAll(d.titleTerms()));
        return vocabulary;
    }
}
