package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A full-text search over stored articles.
 *
 * @param text     words as a person types them (websearch syntax: quotes, OR, -word)
 * @param section  only this section, or null
 * @param language only this language (ISO 639-1), or null; also picks the stemming configuration
 * @param from     published (else first seen) at or after, or null
 * @param to       before, or null
 * <p>The text is bounded ({@value #MAX_LENGTH} characters, {@value #MAX_TERMS} words): a query of
 * thousands of words would keep the database busy for minutes.
 */
public record SearchQuery(String text, List<PortalId> portals, String section, String language, Instant from,
                          Instant to, int limit) {
    public static final int MAX_LENGTH = 500;
    public static final int MAX_TERMS = 32;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("search text must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("search text must be at most " + MAX_LENGTH + " characters, was " + text.length());
        }
        long terms = text.strip().split("\\s+").length;
        if (terms > MAX_TERMS) {
            throw new IllegalArgumentException("search text must have at most " + MAX_TERMS + " words, had " + terms);
        }
        portals = List.copyOf(portals);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be within 1..1000, was " + limit);
        }
    }
}
