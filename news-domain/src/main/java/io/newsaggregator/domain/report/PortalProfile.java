package io.newsaggregator.domain.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One portal's numbers over the report period.
 *
 * @param code          the portal code used in the other report rows
 * @param languages     articles per ISO 639-1 language code (iteration order is not significant)
 * @param topKeyphrases most characteristic key phrases, best first
 * @param sectionsCount sections (categories) the portal's articles came from
 */
public record PortalProfile(
        String code,
        String name,
        long articles,
        double avgWords,
        Map<String, Long> languages,
        List<String> topKeyphrases,
        long sectionsCount) {

    public PortalProfile {
        Counts.requireText(code, "code");
        Objects.requireNonNull(name, "name");
        Counts.requireNonNegative(articles, "articles");
        Counts.requireNonNegative(avgWords, "avgWords");
        languages = Map.copyOf(Objects.requireNonNull(languages, "languages"));
        languages.forEach((language, count) -> Counts.requireNonNegative(count, "languages[" + language + "]"));
        topKeyphrases = List.copyOf(Objects.requireNonNull(topKeyphrases, "topKeyphrases"));
        Counts.requireNonNegative(sectionsCount, "sectionsCount");
    }
}
