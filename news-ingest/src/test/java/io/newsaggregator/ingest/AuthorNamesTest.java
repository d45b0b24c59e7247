package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void stripsByPrefixAndSplitsAndCommaLists() {
        assertThat(AuthorNames.clean(List.of("By Jane Doe and John Roe"), List.of())).containsExactly("Jane Doe", "John Roe");
        assertThat(AuthorNames.clean(List.of("BY ALICE KING, Bob Stone & Carl Ray"), List.of()))
                .containsExactly("ALICE KING", "Bob Stone", "Carl Ray");
        assertThat(AuthorNames.clean(List.of("Written by: Mia Wong"), List.of())).containsExactly("Mia Wong");
    }

    @Test
    void dropsAgenciesDesksAndTheSiteName() {
        assertThat(AuthorNames.clean(List.of("Reuters", "Staff", "Associated Press", "The Example Tribune",
                "Tribune Staff", "Web Desk", "Sam Hill", "tribune-example"), List.of("The Example Tribune", "", "tribune-example"))).containsExactly("Sam Hill");
        assertThat(AuthorNames.clean(List.of("Jane Doe, Staff Writer"), List.of())).containsExactly("Jane Doe");
    }

    @Test
    void dropsEmailsAndUrlsButKeepsANameBesideThem() {
        assertThat(AuthorNames.clean(List.of("https://www.facebook.com/someone", "news@example.com"), List.of())).isEmpty();
        assertThat(AuthorNames.clean(List.of("Lena Berg (lena.berg@example.com)"), List.of())).containsExactly("Lena Berg");
    }

    @Test
    void stripsLongerBylinePrefixesAndSplitsOnWithInOtherLanguages() {
        assertThat(AuthorNames.clean(List.of("More stories by Jeremy Hale"), List.of())).containsExactly("Jeremy Hale");
        assertThat(AuthorNames.clean(List.of("Martin Dupont avec Claire Petit"), List.of()))
                .containsExactly("Martin Dupont", "Claire Petit");
    }

    @Test
    void dropsPhotoCreditsAndNewsBrands() {
        assertThat(AuthorNames.clean(List.of("Photograph by Tyrone Turner", "n-tv Nachrichten", "VnExpress"),
                List.of("vnexpress"))).isEmpty();
    }

    @Test
    void removesDuplicatesIgnoringCase() {
        assertThat(AuthorNames.clean(List.of("Jane Doe", "JANE DOE", "By Jane Doe and Ken Ito"), List.of()))
                .containsExactly("Jane Doe", "Ken Ito");
    }

    @Test
    void rejectsValuesThatAreNotNames() {
        assertThat(AuthorNames.clean(List.of("", "   ", "12345", "Updated 2024-01-02",
                "A very long sentence that is certainly not the name of any person at all"), List.of())).isEmpty();
    }

    @Test
    void creditedPartiesKeepTeamsAndOrganisationsButNotAddressesDatesOrPlaceholders() {
        assertThat(AuthorNames.credited(List.of("By The Garden Team", "admin", "https://example.com/a",
                "team@example.com", "12.03.2024", "Acme Labs"))).containsExactly("The Garden Team", "Acme Labs");
    }

    @Test
    void dropsInterfaceLabelsTemplateKeysAndReviewerCredits() {
        assertThat(AuthorNames.clean(List.of("Full Bio", "Member Login", "Updated March", "page.head.author",
                "andrew.keaveney", "Medically reviewed by Dr. Ann Poe", "Bluesky", "Kim Soto"), List.of()))
                .containsExactly("Kim Soto");
        assertThat(AuthorNames.credited(List.of("Create Account", "site.meta.author", "The Garden Team")))
                .containsExactly("The Garden Team");
    }

    @Test
    void aSiteNamedLikeAPersonIsTheirs() {
        assertThat(AuthorNames.personalSite(List.of("Wren Castillo"))).isEqualTo("Wren Castillo");
        assertThat(AuthorNames.personalSite(Arrays.asList(null, "Harbor Data Blog", "Anna-Lena Ruiz")))
                .isEqualTo("Anna-Lena Ruiz");
        assertThat(AuthorNames.personalSite(List.of("Harbor Data Blog", "Acme Labs", "Stone Dental Care", "WIRED",
                "garden notes"))).isNull();
    }
}
