package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDatesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://news.example.org/2024/05/12/rates-held/,   2024-05-12
            https://news.example.org/politics/2024/5/2/story,   2024-05-02
            https://news.example.org/a/20240512/rates.html,     2024-05-12
            https://news.example.org/rates-held-2024-05-12.html, 2024-05-12
            https://news.example.org/meldungen/12-05-2024,      2024-05-12
            """)
    void readsTheDayFromCommonUrlLayouts(String url, String expected) {
        assertThat(UrlDates.parse(url).map(OffsetDateTime::toLocalDate)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://news.example.org/2024/annual-report",
        "https://news.example.org/2024/05/rates-held",
        "https://news.example.org/article/12345678/rates",
        "https://news.example.org/2024/13/45/impossible",
        "https://2024-05-12.example.org/rates"
    })
    void findsNoDayWhereTheUrlHasNone(String url) {
        assertThat(UrlDates.parse(url)).isEmpty();
    }
}
