package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeArgumentTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:30:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
            "2026-11-20T08:00:00Z, 2026-11-20T08:00:00Z",
            "2026-11-20T08:00:00+01:00, 2026-11-20T07:00:00Z",
            "2026-11-20, 2026-11-20T00:00:00Z",
            "now, 2026-11-24T15:30:00Z",
            "today, 2026-11-24T00:00:00Z",
            "Yesterday, 2026-11-23T00:00:00Z",
            "30m, 2026-11-24T15:00:00Z",
            "2h, 2026-11-24T13:30:00Z",
            "3d, 2026-11-21T15:30:00Z",
            "1w, 2026-11-17T15:30:00Z",
            "PT2H, 2026-11-24T13:30:00Z",
            "P3D, 2026-11-21T15:30:00Z",
    })
    void resolvesEveryFormAgainstTheClock(String text, String expected) {
        assertThat(TimeArgument.parse(text).resolve(CLOCK)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2 hours", "-2h", "2026-13-01", "P", "2h30"})
    void anythingElseIsRefusedNamingTheForms(String text) {
        assertThatThrownBy(() -> TimeArgument.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + text + "' is not a time")
                .hasMessageContaining("yesterday").hasMessageContaining("2h");
    }

    @org.junit.jupiter.api.Test
    void aBadTimeOnTheCommandLineIsAUsageErrorBeforeAnyDatabaseIsOpened() {
        AppRunner.Result result = AppRunner.run("stories", "--since", "soon", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(NewsApp.USAGE);
        assertThat(result.err().lines().findFirst().orElse(""))
                .isEqualTo("news-app: Invalid value for option '--since': 'soon' is not a time: " + TimeArgument.FORMS);
    }
}
