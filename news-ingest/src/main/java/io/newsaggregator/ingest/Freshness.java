package io.newsaggregator.ingest;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a response stays fresh (RFC 9111 section 4.2.1): {@code Cache-Control: max-age} less
 * {@code Age}, else {@code Expires} less {@code Date} (or less now without a Date). Nothing for a
 * response that says {@code no-store} or {@code no-cache}, or nothing readable.
 */
final class Freshness {

    private Freshness() {
    }

    static Optional<Duration> of(HttpHeaders headers, Instant now) {
        String cacheControl = String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        Long maxAge = null;
        for (String directive : cacheControl.split(",")) {
            String d = directive.strip();
            if (d.equals("no-store") || d.equals("no-cache")) {
                return Optional.empty();
            }
            if (d.startsWith("max-age=")) {
                maxAge = seconds(d.substring("max-age=".length()));
            }
        }
        if (maxAge != null) {
            long age = headers.firstValue("Age").map(Freshness::seconds).orElse(0L);
            return Optional.of(Duration.ofSeconds(Math.max(0, maxAge - age)));
        }
        Optional<Instant> expires = headers.firstValue("Expires").flatMap(Freshness::date);
        if (expires.isEmpty()) {
            return Optional.empty();
        }
        Instant date = headers.firstValue("Date").flatMap(Freshness::date).orElse(now);
        Duration lifetime = Duration.between(date, expires.get());
        return Optional.of(lifetime.isNegative() ? Duration.ZERO : lifetime);
    }

    private static Long seconds(String value) {
        String v = value.strip().replace("\"", "");
        if (v.isEmpty() || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return (long) Integer.MAX_VALUE;
        }
    }

    private static Optional<Instant> date(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
