package io.newsaggregator.ingest;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The one way ingest reads a date value that a page, a portal rule or a feed states on its own
 * (ISO 8601 with or without a zone, epoch seconds, the written forms {@link DateParser} knows),
 * for callers outside the publication-date heuristics.
 */
final class DateValues {
    private static final DateParser PARSER = new DateParser();

    private DateValues() {
    }

    /** @return the date as written (a stated zone keeps its offset, none means UTC), or empty */
    public static Optional<OffsetDateTime> parse(String value) {
        return PARSER.parseValue(value);
    }
}
