package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.FrontierEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The rules that make what a page gave storable and indexable, so that one hostile value fails
 * nothing (documented in docs/persistence.md, "Values the store cannot take"):
 * <ul>
 *   <li>text loses NUL characters (PostgreSQL text cannot hold them) and lone UTF-16 surrogates
 *       (no UTF-8 form; the driver would write {@code ?});</li>
 *   <li>the indexed text (title, lead, body) is capped at {@value #MAX_INDEXED_CHARS} characters in
 *       all, at most {@value #MAX_TITLE_CHARS} of them title and {@value #MAX_LEAD_CHARS} lead, cut
 *       at a word boundary: at most 3 UTF-8 bytes a character keeps the search vector under
 *       PostgreSQL's 1 MB tsvector limit;</li>
 *   <li>a language tag longer than {@value #MAX_LANGUAGE_CHARS} characters is dropped;</li>
 *   <li>a date before {@link #EARLIEST} or more than {@link #FUTURE_SLACK} after now is dropped.</li>
 * </ul>
 * Whatever still fails fails that one article, with its own fetch event.
 */
final class StorableValues {
    static final int MAX_INDEXED_CHARS = 300_000;
    static final int MAX_TITLE_CHARS = 1_000;
    static final int MAX_LEAD_CHARS = 10_000;
    static final int MAX_LANGUAGE_CHARS = 16;
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Duration FUTURE_SLACK = Duration.ofDays(2);

    private final Clock clock;

    StorableValues(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Article storable(Article a) {
        String title = cap(text(a.title()), MAX_TITLE_CHARS);
        String lead = cap(text(a.lead()), MAX_LEAD_CHARS);
        int room = MAX_INDEXED_CHARS - length(title) - length(lead);
        String body = cap(text(a.bodyText()), room);
        String language = text(a.language());
        if (language != null && language.length() > MAX_LANGUAGE_CHARS) {
            language = null;
        }
        List<String> authors = a.authors().stream().map(StorableValues::text).filter(s -> s != null && !s.isBlank()).toList();
        String hash = Objects.equals(title, a.title()) && Objects.equals(lead, a.lead()) && Objects.equals(body, a.bodyText())
                ? a.contentHash() : ContentHash.of(title, lead, body);
        return new Article(a.id(), a.portalId(), text(a.canonicalUrl()), text(a.url()), title, authors,
                date(a.publishedAt()), date(a.modifiedAt()), text(a.section()), language, lead, body, text(a.imageUrl()),
                hash, a.discoveredVia(), a.firstSeenAt(), a.lastSeenAt(), a.revision());
    }

    FrontierEntry storable(FrontierEntry e) {
        return new FrontierEntry(e.id(), e.portalId(), e.sourceId(), text(e.canonicalUrl()), text(e.url()),
                cap(text(e.title()), MAX_TITLE_CHARS), date(e.publishedAt()),
                e.categories().stream().map(StorableValues::text).toList(), e.status(), e.attempts(), e.availableAt(),
                e.leasedBy(), e.leaseUntil(), e.discoveredAt(), e.updatedAt(), text(e.lastError()));
    }

    /** A date within the plausible window, else null. */
    Instant date(Instant value) {
        if (value == null || value.isBefore(EARLIEST) || value.isAfter(clock.instant().plus(FUTURE_SLACK))) {
            return null;
        }
        return value;
    }

    /** {@code s} without NUL characters and lone surrogates; null stays null. */
    static String text(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !needsCleaning(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder clean = new StringBuilder(s.length());
        clean.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                clean.append(c).append(s.charAt(++i));
            } else if (!needsCleaning(s, i)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean needsCleaning(String s, int i) {
        char c = s.charAt(i);
        if (c == '\u0000') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** At most {@code max} characters, cut after the last whitespace when there is one in reach. */
    static String cap(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        int cut = max;
        if (Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        int space = cut;
        while (space > max / 2 && !Character.isWhitespace(s.charAt(space))) {
            space--;
        }
        return s.substring(0, space > max / 2 ? space : cut).stripTrailing();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
