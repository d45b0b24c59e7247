package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.ReportData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Day and time labels of one report (UTC, English, locale-independent): with the year wherever the
 * report's period spans more than one year, so "2 Jan" never leaves the reader guessing which.
 */
final class Dates {
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter dayTime;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CALENDAR_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    Dates(boolean withYear) {
        String year = withYear ? " yyyy" : "";
        day = DateTimeFormatter.ofPattern("EEE d MMM" + year, Locale.ENGLISH);
        shortDay = DateTimeFormatter.ofPattern("d MMM" + year, Locale.ENGLISH);
        dayTime = DateTimeFormatter.ofPattern("d MMM" + year + " HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }

    static Dates of(ReportData data) {
        return new Dates(data.from().getYear() != data.to().getYear());
    }

    String day(LocalDate value) {
        return day.format(value);
    }

    String shortDay(LocalDate value) {
        return shortDay.format(value);
    }

    String dayTime(Instant instant) {
        return dayTime.format(instant) + " UTC";
    }

    String axisTime(Instant instant, boolean withDay) {
        return withDay ? dayTime.format(instant) : TIME.format(instant);
    }

    static boolean sameDay(Instant a, Instant b) {
        return CALENDAR_DAY.format(a).equals(CALENDAR_DAY.format(b));
    }
}
