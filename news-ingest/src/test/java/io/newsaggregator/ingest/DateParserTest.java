package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-12T10:00:00+02:00             | 2024-05-12T10:00+02:00
            2024-05-12T10:00:00.123Z              | 2024-05-12T10:00Z
            2024-05-12T10:00+0530                 | 2024-05-12T10:00+05:30
            2024-05-12T10:00                      | 2024-05-12T10:00Z
            2024-05-12 10:00:00                   | 2024-05-12T10:00Z
            2024-05-12                            | 2024-05-12T00:00Z
            2024/05/12                            | 2024-05-12T00:00Z
            20240512                              | 2024-05-12T00:00Z
            Sun, 12 May 2024 10:00:00 GMT         | 2024-05-12T10:00Z
            Sun, 12 May 2024 10:00:00 +0200       | 2024-05-12T10:00+02:00
            1715508000                            | 2024-05-12T10:00Z
            1715508000000                         | 2024-05-12T10:00Z
            05/12/2024 10:00:00                   | 2024-05-12T10:00Z
            2024-05-12T00:30:00+02:00             | 2024-05-12T00:30+02:00
            """)
    void parsesMachineWrittenValues(String value, String expected) {
        assertThat(parser.parseValue(value)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            am 12. Mai 2024 um 14:30 Uhr           | 2024-05-12T14:30Z
            le 12 mai 2024                          | 2024-05-12T00:00Z
            May 12th, 2024, 2:30 pm                | 2024-05-12T14:30Z
            12 de mayo de 2024                      | 2024-05-12T00:00Z
            12 maggio 2024                          | 2024-05-12T00:00Z
            12 de maio de 2024                      | 2024-05-12T00:00Z
            12 mei 2024                             | 2024-05-12T00:00Z
            12 maja 2024                            | 2024-05-12T00:00Z
            12 Mayıs 2024                           | 2024-05-12T00:00Z
            12 мая 2024 г.                          | 2024-05-12T00:00Z
            2024. május 12.                         | 2024-05-12T00:00Z
            2024年5月12日                            | 2024-05-12T00:00Z
            12.05.2024, 14:30 Uhr                   | 2024-05-12T14:30Z
            12.05.2024 14:30 MESZ                   | 2024-05-12T14:30+02:00
            """)
    void findsDatesWrittenInText(String text, String expected) {
        assertThat(parser.find("Veröffentlicht: " + text + " | Politik")).contains(OffsetDateTime.parse(expected));
    }

    @Test
    void readsAmbiguousSlashDatesDayFirstInTextUnlessTheLocaleIsAmerican() {
        assertThat(parser.find("Posted 05/12/2024")).contains(OffsetDateTime.parse("2024-12-05T00:00Z"));
        assertThat(new DateParser(true).find("Posted 05/12/2024")).contains(OffsetDateTime.parse("2024-05-12T00:00Z"));
    }

    @Test
    void preCheckSeesExactlyTheYearsTheFullYearPatternsNeed() {
        assertThat(DateParser.hasFullYear("since 1999")).isTrue();
        assertThat(DateParser.hasFullYear("2024")).isTrue();
        assertThat(DateParser.hasFullYear("x20245")).isTrue();
        assertThat(DateParser.hasFullYear("12.05.24, 1899, 2100, 20 1")).isFalse();
        assertThat(DateParser.hasFullYear("\uff12\uff10\uff12\uff14")).isFalse();
        assertThat(DateParser.hasFullYear("202")).isFalse();
        assertThat(parser.find("Stand: 12.05.24 14:30")).contains(OffsetDateTime.parse("2024-05-12T14:30Z"));
    }

    @Test
    void readsThinSpacesInsideDates() {
        assertThat(parser.find("4.\u20092.\u20092022")).contains(OffsetDateTime.parse("2022-02-04T00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no date here", "2024-13-45", "version 1.2.3", "31.02.2024", "12345"})
    void findsNothingInTextWithoutAValidDate(String text) {
        assertThat(parser.parseValue(text)).isEmpty();
    }
}
