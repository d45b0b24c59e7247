package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
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

    static List<StoryInput> of(List<StoryInput> base, int size, long seed) {
        Random random = new Random(seed);
        List<String> vocabulary = new ArrayList<>(vocabulary(base));
        Instant first = base.get(0).seenAt();
        Duration span = Duration.between(first, base.get(base.size() - 1).seenAt()).plusHours(1);
        List<StoryInput> documents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int copy = i / base.size();
            StoryInput source = base.get(i % base.size());
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
            Instant at = source.seenAt().plus(span.multipliedBy(copy));
            documents.add(new StoryInput(ArticleId.of(i + 1L), source.portalId(), at, source.title(), terms, List.of(),
                    List.copyOf(salient)));
        }
        return documents;
    }

    private static Set<String> vocabulary(List<StoryInput> base) {
        Set<String> vocabulary = new java.util.TreeSet<>();
        base.forEach(d -> vocabulary.addAll(d.titleTerms()));
        return vocabulary;
    }
}
