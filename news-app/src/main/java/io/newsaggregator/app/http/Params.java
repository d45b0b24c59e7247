package io.newsaggregator.app.http;

import io.javalin.http.Context;
import io.newsaggregator.domain.port.in.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Query parameters read strictly: a bad value is an {@link IllegalArgumentException} that names it (400). */
final class Params {
    static final int DEFAULT_LIMIT = 20;

    private Params() {
    }

    static PageRequest page(Context ctx) {
        return new PageRequest(integer(ctx, "offset", 0), integer(ctx, "limit", DEFAULT_LIMIT));
    }

    static int integer(Context ctx, String name, int defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        return parsed(name, value, Integer::parseInt, "a whole number");
    }

    static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            long id = Long.parseLong(value);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not an id (a positive whole number)");
        }
    }

    /** An ISO instant ({@code 2026-11-04T07:30:00Z}) or a day ({@code 2026-11-04}, its start in UTC), or null. */
    static Instant time(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        return parsed(name, value, v -> v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(v), "an ISO instant or a day (YYYY-MM-DD)");
    }

    static LocalDate day(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        return parsed(name, value, LocalDate::parse, "a day (YYYY-MM-DD)");
    }

    private static <T> T parsed(String name, String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be " + what + ", was '" + value + "'");
        }
    }

    /** The non-blank value, or null. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Comma-separated and repeated values together ({@code ?portal=a,b&portal=c}). */
    static List<String> list(Context ctx, String name) {
        return ctx.queryParams(name).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
