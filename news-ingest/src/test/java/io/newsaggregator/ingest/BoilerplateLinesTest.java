package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {

    @Test
    void recognisesInterfaceLabelsCreditsAndWireNotes() {
        assertThat(BoilerplateLines.isBoilerplate("Advertisement")).isTrue();
        assertThat(BoilerplateLines.isBoilerplate("READ MORE: Council votes on the new budget")).isTrue();
        assertThat(BoilerplateLines.isBoilerplate("Jane Roe | Bloomberg | Getty Images")).isTrue();
        assertThat(BoilerplateLines.isBoilerplate("(Reporting by Ann Lee; Editing by Bo Chan)")).isTrue();
        assertThat(BoilerplateLines.isBoilerplate("Trending News")).isTrue();
    }

    @Test
    void keepsOrdinaryTextThatMentionsTheSameWords() {
        assertThat(BoilerplateLines.isBoilerplate("Related research shows the advertisement market grew by a tenth last year, "
                + "the report said.")).isFalse();
        assertThat(BoilerplateLines.isBoilerplate("Built by volunteers")).isFalse();
    }

    @Test
    void trimsDateLinesAtTheStartAndPromotionsAtTheEndOnly() {
        List<String> blocks = List.of(
                "Updated 19 Nov 2019, 10:31",
                "The council approved the plan on Monday after a long debate.",
                "Subscribers can read the full minutes, which were published in 2019.",
                "The vote was 12 to 3.",
                "Sign up for our newsletter to get the day's news in your inbox.",
                "Follow us on Twitter and Facebook.");

        assertThat(BoilerplateLines.trimEdges(blocks)).containsExactly(
                "The council approved the plan on Monday after a long debate.",
                "Subscribers can read the full minutes, which were published in 2019.",
                "The vote was 12 to 3.");
    }
}
