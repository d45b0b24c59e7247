package io.newsaggregator.analysis;

import java.util.Locale;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The evaluation's phrase normalisation, applied alike to gold and predicted phrases: lower-case,
 * drop characters that are neither letters, digits nor spaces, Porter-stem word by word.
 */
final class PorterNormalizer {

    private final PorterStemmer stemmer = new PorterStemmer();

    String normalize(String phrase) {
        String cleaned = phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").strip();
        StringBuilder out = new StringBuilder();
        for (String word : cleaned.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            stemmer.setCurrent(word);
            stemmer.stem();
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(stemmer.getCurrent());
        }
        return out.toString();
    }
}
