package io.newsaggregator.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void stripsByPrefixAndSplitsAndCommaLists() {
        assertThat(AuthorNames.clean(List.of("By Jane Doe and John Roe"), null)).containsExactly("Jane Doe", "John Roe");
        assertThat(AuthorNames.clean(List.of("BY ALICE KING, Bob Stone & Carl Ray"), null))
                .containsExactly("ALICE KING", "Bob Stone", "Carl Ray");
        assertThat(AuthorNames.clean(List.of("Written by: Mia Wong"), null)).containsExactly("Mia Wong");
    }

    @Test
    void dropsAgenciesDesksAndTheSiteName() {
        assertThat(AuthorNames.clean(List.of("Reuters", "Staff", "Associated Press", "The Example Tribune",
                "Tribune Staff", "Web Desk", "Sam Hill"), "The Example Tribune")).containsExactly("Sam Hill");
        assertThat(AuthorNames.clean(List.of("Jane Doe, Staff Writer"), null)).containsExactly("Jane Doe");
    }

    @Test
    void dropsEmailsAndUrlsButKeepsANameBesideThem() {
        assertThat(AuthorNames.clean(List.of("https://www.facebook.com/someone", "news@example.com"), null)).isEmpty();
        assertThat(AuthorNames.clean(List.of("Lena Berg (lena.berg@example.com)"), null)).containsExactly("Lena Berg");
    }

    @Test
    void removesDuplicatesIgnoringCase() {
        assertThat(AuthorNames.clean(List.of("Jane Doe", "JANE DOE", "By Jane Doe and Ken Ito"), null))
                .containsExactly("Jane Doe", "Ken Ito");
    }

    @Test
    void rejectsValuesThatAreNotNames() {
        assertThat(AuthorNames.clean(List.of("", "   ", "12345", "Updated 2024-01-02",
                "A very long sentence that is certainly not the name of any person at all"), null)).isEmpty();
    }
}
