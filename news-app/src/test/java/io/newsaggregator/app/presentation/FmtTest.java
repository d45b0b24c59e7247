package io.newsaggregator.app.presentation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FmtTest {

    @Test
    void formatsCoordinatesWithAtMostOneDecimalAndNoNegativeZero() {
        assertThat(Fmt.coord(12.0)).isEqualTo("12");
        assertThat(Fmt.coord(12.345)).isEqualTo("12.3");
        assertThat(Fmt.coord(-1.5)).isEqualTo("-1.5");
        assertThat(Fmt.coord(-0.01)).isEqualTo("0");
    }

    @Test
    void groupsThousandsTheSameWayInEveryLocale() {
        assertThat(Fmt.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Fmt.decimal(1234.56, 1)).isEqualTo("1,234.6");
    }

    @Test
    void writesLagsInMinutesHoursOrDays() {
        assertThat(Fmt.lag(Duration.ofMinutes(7))).isEqualTo("+7 min");
        assertThat(Fmt.lag(Duration.ofMinutes(185))).isEqualTo("+3 h 05 min");
        assertThat(Fmt.lag(Duration.ofHours(52))).isEqualTo("+2 d 4 h");
    }

    @Test
    void writesTimesInUtcWithTheYearOnlyWhereThePeriodSpansYears() {
        Instant instant = Instant.parse("2026-11-24T05:40:00Z");
        assertThat(new Dates(false).dayTime(instant)).isEqualTo("24 Nov 05:40 UTC");
        assertThat(new Dates(true).dayTime(instant)).isEqualTo("24 Nov 2026 05:40 UTC");
        assertThat(new Dates(true).shortDay(LocalDate.of(2024, 1, 2))).isEqualTo("2 Jan 2024");
        assertThat(new Dates(true).day(LocalDate.of(2023, 12, 31))).isEqualTo("Sun 31 Dec 2023");
        assertThat(new Dates(false).axisTime(instant, false)).isEqualTo("05:40");
    }

    @Test
    void truncatesLongLabelsWithAnEllipsisWithoutSplittingSurrogatePairs() {
        assertThat(Fmt.truncate("short", 10)).isEqualTo("short");
        assertThat(Fmt.truncate("abcdefghijkl", 5)).isEqualTo("abcd\u2026");
        assertThat(Fmt.truncate("\ud83d\ude00\ud83d\ude00\ud83d\ude00", 2)).isEqualTo("\ud83d\ude00\u2026");
    }

    @Test
    void percentOfNothingIsZero() {
        assertThat(Fmt.percent(3, 0)).isEqualTo("0%");
        assertThat(Fmt.percent(1, 3)).isEqualTo("33%");
    }
}
