package io.newsaggregator.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the many ways pages write a date into an {@link OffsetDateTime}.
 *
 * <p>The local date and time are kept exactly as written: a time with a zone keeps that zone's
 * offset (never converted to UTC, which could move the day); a time without a zone gets the UTC
 * offset with its local time unchanged; a date without a time becomes midnight.
 */
final class DateParser {

    private static final String MONTH = "(" + MonthNames.ALTERNATION + ")";
    private static final String TIME =
            "(?:[T\\s,]+(?:um|at|à|a\\s+las|às|alle|om|kl\\.?|klo|saat|-|\\|)?\\s*"
            + "(\\d{1,2})[:h.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d{1,9})?)?\\s*([ap]\\.?m\\.?)?\\s*(?:uhr|h)?)?";
    private static final String ZONE =
            "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|(?:UTC|GMT)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?"
            // abbreviations in capitals only: "ist" and "est" are also words in German, French and Spanish
            + "|(?-i:MESZ|MEZ|CEST|CET|EEST|EET|BST|WEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST)(?![\\p{L}]))?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile(
            "^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?" + ZONE + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST_NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?((?:19|20)\\d{2})(?!\\d)" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s*(?:de\\s+|-)?" + MONTH
            + "(?![\\p{L}])\\.?,?\\s*(?:de\\s+|del\\s+|-)?((?:19|20)\\d{2})(?!\\d)\\.?(?:\\s*(?:г\\.|р\\.|yılı))?"
            + TIME + ZONE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "(?![\\p{L}])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+((?:19|20)\\d{2})(?!\\d)"
            + TIME + ZONE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_MONTH_NAME_DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\.?\\s+" + MONTH + "(?![\\p{L}])\\.?\\s+(\\d{1,2})(?!\\d)\\.?" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern CJK = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
            + "(?:[^\\d]{0,6}?(\\d{1,2})[:時](\\d{2}))?");
    private static final Pattern[] FULL_YEAR_PATTERNS = {ISO, DAY_MONTH_NAME, MONTH_NAME_DAY, YEAR_MONTH_NAME_DAY,
            DAY_FIRST_NUMERIC, CJK};
    private static final Pattern SPACES = Pattern.compile("[\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]");
    private static final Pattern EPOCH = Pattern.compile("^(\\d{10}|\\d{13})$");

    private static final Map<String, ZoneOffset> ZONE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC), Map.entry("MEZ", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("MESZ", ZoneOffset.ofHours(2)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("WET", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)));

    private final boolean monthFirst;

    /** @param monthFirst read {@code 05/12/2024} as May 12 (US usage) rather than 5 December */
    DateParser(boolean monthFirst) {
        this.monthFirst = monthFirst;
    }

    DateParser() {
        this(false);
    }

    /** A parsed date and whether the source stated its zone (otherwise the offset is UTC by default). */
    record Stamp(OffsetDateTime at, boolean zoned) {
    }

    /** Parses a value meant to be exactly one date (a meta content, a datetime attribute). */
    Optional<OffsetDateTime> parseValue(String raw) {
        return parseStamp(raw).map(Stamp::at);
    }

    /** Like {@link #parseValue(String)}, telling whether the value stated a zone. */
    Optional<Stamp> parseStamp(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.isEmpty() || value.length() > 120) {
            return Optional.empty();
        }
        Matcher epoch = EPOCH.matcher(value);
        if (epoch.matches()) {
            long number = Long.parseLong(value);
            Instant instant = value.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
            return Optional.of(new Stamp(instant.atOffset(ZoneOffset.UTC), true));
        }
        Matcher compact = COMPACT.matcher(value);
        if (compact.matches()) {
            return build(compact.group(1), compact.group(2), compact.group(3), compact.group(4),
                    compact.group(5), compact.group(6), null, compact.group(7));
        }
        // machine-written values with slashes follow the US order (05/12/2024 is May 12)
        return find(value, true);
    }

    /** Finds the first date written anywhere in a piece of text. */
    Optional<OffsetDateTime> find(String text) {
        return find(text, monthFirst).map(Stamp::at);
    }

    private Optional<Stamp> find(String raw, boolean slashMonthFirst) {
        String text = SPACES.matcher(raw).replaceAll(" ").replace("\u00ad", "");
        Optional<Stamp> best = Optional.empty();
        int bestStart = Integer.MAX_VALUE;
        // every one of these patterns needs a year 19xx or 20xx: most texts have none, and a scan
        // for one costs far less than the case-insensitive searches
        Pattern[] fullYearPatterns = hasFullYear(text) ? FULL_YEAR_PATTERNS : new Pattern[0];
        for (Pattern pattern : fullYearPatterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.start() >= bestStart) {
                    break;
                }
                Optional<Stamp> date = fromMatch(pattern, m, slashMonthFirst);
                if (date.isPresent()) {
                    best = date;
                    bestStart = m.start();
                    break;
                }
            }
        }
        if (best.isEmpty()) {
            // "12.05.24" only counts when the text holds no date with a full year
            Matcher m = SHORT_YEAR.matcher(text);
            while (m.find() && best.isEmpty()) {
                best = fromMatch(SHORT_YEAR, m, slashMonthFirst);
            }
        }
        return best;
    }

    /** Whether the text holds a year 19xx or 20xx in ASCII digits, which every full-year pattern requires. */
    static boolean hasFullYear(String text) {
        for (int i = 0, end = text.length() - 3; i < end; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (((c == '1' && next == '9') || (c == '2' && next == '0'))
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<Stamp> fromMatch(Pattern pattern, Matcher m, boolean slashMonthFirst) {
        if (pattern == ISO) {
            return build(m.group(1), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8),
                    m.group(9));
        }
        if (pattern == DAY_MONTH_NAME) {
            return build(m.group(3), Integer.toString(MonthNames.month(m.group(2))), m.group(1), m.group(4),
                    m.group(5), m.group(6), m.group(7), m.group(8));
        }
        if (pattern == MONTH_NAME_DAY) {
            return build(m.group(3), Integer.toString(MonthNames.month(m.group(1))), m.group(2), m.group(4),
                    m.group(5), m.group(6), m.group(7), m.group(8));
        }
        if (pattern == YEAR_MONTH_NAME_DAY) {
            return build(m.group(1), Integer.toString(MonthNames.month(m.group(2))), m.group(3), m.group(4),
                    m.group(5), m.group(6), m.group(7), m.group(8));
        }
        if (pattern == DAY_FIRST_NUMERIC) {
            String first = m.group(1);
            String second = m.group(3);
            boolean swap = ("/".equals(m.group(2)) && slashMonthFirst && Integer.parseInt(first) <= 12)
                    || Integer.parseInt(second) > 12;
            return swap
                    ? build(m.group(4), first, second, m.group(5), m.group(6), m.group(7), m.group(8), m.group(9))
                    : build(m.group(4), second, first, m.group(5), m.group(6), m.group(7), m.group(8), m.group(9));
        }
        if (pattern == SHORT_YEAR) {
            return build("20" + m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7),
                    m.group(8));
        }
        return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null, null, null);
    }

    private static Optional<Stamp> build(String year, String month, String day, String hour,
            String minute, String second, String ampm, String zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            LocalTime time = LocalTime.MIDNIGHT;
            if (hour != null && minute != null) {
                int h = Integer.parseInt(hour);
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    h = h % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            }
            // a zone only means something next to a time of day
            ZoneOffset offset = hour == null ? ZoneOffset.UTC : offset(zone);
            boolean zoned = hour != null && zone != null && !zone.isBlank();
            return Optional.of(new Stamp(OffsetDateTime.of(LocalDateTime.of(date, time), offset), zoned));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Unknown or absent zone: UTC offset, local time kept as written. */
    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        String z = zone.strip().toUpperCase(Locale.ROOT);
        ZoneOffset known = ZONE_ABBREVIATIONS.get(z);
        if (known != null) {
            return known;
        }
        if (z.startsWith("UTC") || z.startsWith("GMT")) {
            z = z.substring(3).strip();
        }
        try {
            String normalised = z.matches("[+-]\\d{4}") ? z.substring(0, 3) + ":" + z.substring(3)
                    : z.matches("[+-]\\d") ? z.charAt(0) + "0" + z.charAt(1) : z;
            return ZoneId.of(normalised).getRules().getOffset(Instant.EPOCH);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
