package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateValuesTest {

    @Test
    void readsIsoValuesWithAndWithoutZoneKeepingTheStatedOffset() {
        assertThat(DateValues.parse("2024-05-01T10:15:30+02:00")).contains(OffsetDateTime.parse("2024-05-01T10:15:30+02:00"));
        assertThat(DateValues.parse("2024-05-01T10:15:30+0200")).contains(OffsetDateTime.parse("2024-05-01T10:15:30+02:00"));
        assertThat(DateValues.parse("2024-05-01T10:15:30+02:00[Europe/Berlin]"))
                .contains(OffsetDateTime.parse("2024-05-01T10:15:30+02:00"));
        assertThat(DateValues.parse(" 2024-05-01T10:15:30Z ")).contains(OffsetDateTime.parse("2024-05-01T10:15:30Z"));
        assertThat(DateValues.parse("2024-05-01")).contains(OffsetDateTime.parse("2024-05-01T00:00Z"));
    }

    @Test
    void readsWrittenDatesAPortalRuleMaySelect() {
        assertThat(DateValues.parse("5. Mai 2024, 14:30 Uhr")).contains(OffsetDateTime.parse("2024-05-05T14:30Z"));
    }

    @Test
    void refusesWhatHoldsNoDate() {
        assertThat(DateValues.parse(null)).isEmpty();
        assertThat(DateValues.parse("")).isEmpty();
        assertThat(DateValues.parse("yesterday")).isEmpty();
    }
}
