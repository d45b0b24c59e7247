package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextCascadeTest {
    private static final String SENTENCE = "The committee met on a rainy Tuesday to discuss how the old mill, closed "
            + "for a decade, could become a library, a café and a workshop for the town's young makers.";

    private final MainTextExtractor extractor = new MainTextExtractor();

    private String extract(String html, String description) {
        return extractor.extract(Jsoup.parse(html), () -> Jsoup.parse(html), description);
    }

    /** Page builders wrap every paragraph in a box whose class says "widget". */
    @Test
    void readsTextThatAPageBuilderSplitsIntoWidgetBoxes() {
        StringBuilder html = new StringBuilder("<html><body><div class='builder'>");
        for (int i = 1; i <= 12; i++) {
            html.append("<section class='builder-section'><div class='builder-column'><div class='builder-widget widget-text'>")
                    .append("<div class='widget-container'><p>Part ").append(i).append(". ").append(SENTENCE)
                    .append("</p></div></div></div></section>");
        }
        html.append("</div><footer><p>Contact us at the town hall.</p></footer></body></html>");

        String text = extract(html.toString(), null);

        assertThat(text).startsWith("Part 1. The committee").contains("Part 12. The committee")
                .doesNotContain("Contact us");
    }

    /** CSS-in-JS pages repeat a hashed class for each text chunk; the headings and lists between them are other boxes. */
    @Test
    void anArticleSplitIntoChunksKeepsTheHeadingsAndListsBetweenThem() {
        StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><main><div class='col'>");
        for (int i = 1; i <= 4; i++) {
            html.append("<div class='css-s3c7'><div class='css-9x2k'><h2>Question ").append(i).append("</h2></div>")
                    .append("<div class='css-b0d1'><div class='css-p4q1'><p>Answer ").append(i).append(". ").append(SENTENCE)
                    .append("</p><p>").append(SENTENCE).append("</p></div></div>")
                    .append("<div class='css-u7z0'><ul><li>First point ").append(i).append("</li><li>Second point ")
                    .append(i).append("</li></ul></div></div>");
        }
        html.append("</div></main><footer><p>Contact us at the town hall.</p></footer></body></html>");

        String text = extract(html.toString(), null);

        assertThat(text.split("\n")).startsWith("Question 1", "Answer 1. " + SENTENCE, SENTENCE, "First point 1", "Second point 1")
                .endsWith("Question 4", "Answer 4. " + SENTENCE, SENTENCE, "First point 4", "Second point 4");
        assertThat(text).doesNotContain("Home", "Contact us");
    }

    /** A builder's text box named like boilerplate ("banner") inside the article holds part of the text. */
    @Test
    void textInBoxesThatClassHintsRemoveIsReadWhenThatFindsMuchMore() {
        StringBuilder html = new StringBuilder("<html><body><div class='article'>");
        for (int i = 1; i <= 6; i++) {
            html.append("<p>Plain ").append(i).append(". ").append(SENTENCE).append("</p>");
        }
        html.append("<div class='text-banner'>");
        for (int i = 1; i <= 3; i++) {
            html.append("<p>Boxed ").append(i).append(". ").append(SENTENCE).append("</p>");
        }
        html.append("</div></div><footer><p>Contact us at the town hall.</p></footer></body></html>");

        String text = extract(html.toString(), null);

        assertThat(text.split("\n")).hasSize(9);
        assertThat(text).contains("Plain 6.", "Boxed 1.", "Boxed 3.").doesNotContain("Contact us");
    }

    @Test
    void aResultThatOnlyRepeatsTheDescriptionIsNotAccepted() {
        String description = "A short summary of the mill's future.";
        StringBuilder html = new StringBuilder("<html><body><div class='hero'><p class='lede'>").append(description)
                .append("</p></div>");
        for (int i = 1; i <= 10; i++) {
            html.append("<div class='widget'><p>Paragraph ").append(i).append(". ").append(SENTENCE).append("</p></div>");
        }
        html.append("</body></html>");

        String text = extract(html.toString(), description);

        assertThat(text).contains("Paragraph 1. The committee").contains("Paragraph 10. The committee");
    }

    @Test
    void checkRejectsEmptySingleSentenceShortAndRepeatedDescription() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 10; i++) {
            html.append("<p>").append(SENTENCE).append("</p>");
        }
        Document page = Jsoup.parse(html.append("</body></html>").toString());
        TextCheck check = new TextCheck(page.body(), "The mill will reopen.");

        assertThat(check.plausible("")).isFalse();
        assertThat(check.plausible(SENTENCE)).isFalse();
        assertThat(check.plausible("The mill will reopen.")).isFalse();
        assertThat(check.plausible((SENTENCE + "\n").repeat(2))).isFalse();
        assertThat(check.plausible((SENTENCE + "\n").repeat(6))).isTrue();
    }

    @Test
    void onPagesWithLittleParagraphTextOnlyAResultOfSomeLengthIsTakenAtOnce() {
        Document page = Jsoup.parse("<html><body><p>" + SENTENCE + "</p></body></html>");
        TextCheck check = new TextCheck(page.body(), null);

        assertThat(check.plausible("PDF Version")).isFalse();
        assertThat(check.plausible(SENTENCE)).as("one sentence of 33 words").isFalse();
        assertThat(check.plausible((SENTENCE + "\n").repeat(2))).isTrue();
    }

    @Test
    void aShortPageStillGivesItsTextWhenNoPassFindsMore() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><p>" + SENTENCE + "</p></body></html>";

        assertThat(extract(html, null)).isEqualTo(SENTENCE);
    }

    @Test
    void paragraphClassifierKeepsHeadingsAndListsBetweenTextButNotLinkLists() {
        String html = "<html><body>"
                + "<div><a href='/a'>Home</a> <a href='/b'>Blog</a> <a href='/c'>Shop</a></div>"
                + "<div class='x'><h2>Why it matters</h2></div><div class='y'><p>" + SENTENCE + "</p></div>"
                + "<div><ul><li>Library</li><li>Café</li></ul></div>"
                + "<div class='z'><p>" + SENTENCE + "</p></div>"
                + "<div><a href='/1'>Another story about something else entirely</a></div>"
                + "<div><a href='/2'>And one more story about something else</a></div>"
                + "<div><a href='/3'>A third story in the list of links</a></div>"
                + "<div><a href='/4'>A fourth story in the list of links</a></div>"
                + "<div><a href='/5'>A fifth story in the list of links</a></div>"
                + "<div><p>" + "Short note about cookies and the site's privacy settings, nothing else here at all." + "</p></div>"
                + "</body></html>";

        String text = ParagraphClassifier.text(Jsoup.parse(html).body());

        assertThat(text.split("\n")).containsExactly("Why it matters", SENTENCE, "Library", "Café", SENTENCE,
                "Short note about cookies and the site's privacy settings, nothing else here at all.");
    }
}
