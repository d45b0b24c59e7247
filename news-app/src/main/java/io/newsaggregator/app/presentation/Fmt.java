package io.newsaggregator.app.presentation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Locale-independent number and date formatting, so the same data always gives the same bytes. */
final class Fmt {
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    /** An SVG coordinate: at most one decimal, never a locale comma, no "-0". */
    static String coord(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return Math.round(100.0 * part / whole) + "%";
    }

    static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    static String stamp(Instant instant) {
        return STAMP.format(instant);
    }

    /** "+45 min", "+3 h 05 min", "+2 d 4 h". */
    static String lag(Duration lag) {
        long minutes = Math.max(0, lag.toMinutes());
        if (minutes < 60) {
            return "+" + minutes + " min";
        }
        if (minutes < 24 * 60) {
            return String.format(Locale.ROOT, "+%d h %02d min", minutes / 60, minutes % 60);
        }
        return String.format(Locale.ROOT, "+%d d %d h", minutes / (24 * 60), minutes / 60 % 24);
    }

    /** Cuts long labels for charts; the full text goes into the element's tooltip. */
    static String truncate(String text, int maxChars) {
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars - 1)) + "\u2026";
    }
}
