package io.newsaggregator.domain.model;

import java.util.List;

/**
 * A portal's own CSS selectors for its article pages; any may be null, and the generic extractor
 * fills in what they do not give.
 *
 * @param remove selectors of elements to drop from the body before reading its text
 */
public record ExtractionRules(String title, String body, String author, String published, List<String> remove) {
    public static final ExtractionRules NONE = new ExtractionRules(null, null, null, null, List.of());

    public ExtractionRules {
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
