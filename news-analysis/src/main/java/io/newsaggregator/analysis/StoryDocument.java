package io.newsaggregator.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One pre-analysed article offered to the story clusterer.
 *
 * <p>Terms are already normalised (lower-cased, stemmed, stopwords removed) by the caller's
 * analyzer; the clusterer never tokenises text itself. {@code salientTerms} is an optional hint:
 * normalised terms the analyzer believes are proper nouns, acronyms or numbers (they are weighted
 * up). {@code bodyTerms} and {@code salientTerms} may be empty but never null.
 */
record StoryDocument(
        String id,
        String portal,
        Instant publishedAt,
        String title,
        List<String> titleTerms,
        List<String> bodyTerms,
        Set<String> salientTerms) {

    public StoryDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(title, "title");
        titleTerms = List.copyOf(Objects.requireNonNull(titleTerms, "titleTerms"));
        bodyTerms = List.copyOf(Objects.requireNonNull(bodyTerms, "bodyTerms"));
        salientTerms = Set.copyOf(Objects.requireNonNull(salientTerms, "salientTerms"));
    }

    /** A document without body text or salience hints (headline-only input). */
    public static StoryDocument ofTitle(String id, String portal, Instant publishedAt, String title,
                                        List<String> titleTerms) {
        return new StoryDocument(id, portal, publishedAt, title, titleTerms, List.of(), Set.of());
    }
}
