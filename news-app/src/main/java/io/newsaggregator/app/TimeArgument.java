package io.newsaggregator.app;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A point in time as options take it ({@code --since}, {@code --until}, {@code --from}, {@code --to}),
 * the one parser of them all: an ISO instant ({@code 2026-11-24T08:00:00Z}, or with an offset), a day
 * ({@code 2026-11-24}, its start in UTC), {@code now}, {@code today} or {@code yesterday} (the start of
 * that day in UTC), or an age back from now ({@code 30m}, {@code 2h}, {@code 3d}, {@code 1w}, or ISO
 * {@code PT2H}, {@code P3D}). The text is checked when the command line is parsed; relative forms are
 * resolved later against the command's clock.
 */
final class TimeArgument {
    static final String FORMS = "give an ISO instant (2026-11-24T08:00:00Z), a day (2026-11-24), today, yesterday,"
            + " or an age such as 2h, 3d or PT2H";
    private static final Pattern AGE = Pattern.compile("(\\d{1,6})([mhdw])");

    private final String text;
    private final Function<Instant, Instant> fromNow;

    private TimeArgument(String text, Function<Instant, Instant> fromNow) {
        this.text = text;
        this.fromNow = fromNow;
    }

    /** @throws IllegalArgumentException when {@code text} is none of the forms */
    static TimeArgument parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "now":
                return new TimeArgument(text, now -> now);
            case "today":
                return new TimeArgument(text, now -> startOfDay(now, 0));
            case "yesterday":
                return new TimeArgument(text, now -> startOfDay(now, 1));
            default:
                break;
        }
        try {
            Matcher age = AGE.matcher(t);
            if (age.matches()) {
                ChronoUnit unit = switch (age.group(2)) {
                    case "m" -> ChronoUnit.MINUTES;
                    case "h" -> ChronoUnit.HOURS;
                    case "d" -> ChronoUnit.DAYS;
                    default -> ChronoUnit.WEEKS;
                };
                Duration back = unit.getDuration().multipliedBy(Long.parseLong(age.group(1)));
                return new TimeArgument(text, now -> now.minus(back));
            }
            if (t.startsWith("p")) {
                Duration back = Duration.parse(text.strip());
                if (back.isNegative()) {
                    throw new DateTimeException("negative age");
                }
                return new TimeArgument(text, now -> now.minus(back));
            }
            Instant fixed = t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text.strip()).toInstant();
            return new TimeArgument(text, now -> fixed);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: " + FORMS);
        }
    }

    private static Instant startOfDay(Instant now, int daysBack) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(daysBack).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant it names, relative forms counted back from the clock's now. */
    Instant resolve(Clock clock) {
        return fromNow.apply(clock.instant());
    }

    @Override
    public String toString() {
        return text;
    }

    /** Lets picocli refuse a bad time as a usage error, before anything is opened. */
    static final class Converter implements CommandLine.ITypeConverter<TimeArgument> {
        @Override
        public TimeArgument convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
