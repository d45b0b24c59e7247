package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What people see of a term is the way the article wrote it most often, never the stem, and never
 * a stopword, a bare number or a lone letter; Japanese and Chinese are cut into words by their own
 * segmenters, not into single characters.
 */
class WrittenFormsTest {
    private static final AnalysisAdapters ADAPTERS = AnalysisAdapters.defaults();

    @Test
    void englishTermsAreShownAsTheirMostFrequentWordNotTheirStem() {
        AnalysedText text = analyse("en", "Storm became a hurricane overnight",
                "The storm became a hurricane. Residents said it became dangerous after 2026's worst rain; "
                        + "a B road and 14 bridges closed. Storms like it become more common, forecasters said.");

        assertThat(stem("en", "became")).isEqualTo("becam");
        assertThat(text.writtenForms()).containsEntry("becam", "became")
                .containsEntry(stem("en", "hurricane"), "hurricane")
                .containsEntry(stem("en", "storms"), "Storm");
        assertShowable(text);
    }

    @Test
    void germanFrenchAndPolishWordsKeepTheirInflectionAccentsAndCase() {
        AnalysedText german = analyse("de", "Wahlen in Hamburg: Die Wahlbeteiligung steigt",
                "Bei den Wahlen am Sonntag lag die Wahlbeteiligung höher. Nach der Wahl sagten die Parteien, "
                        + "die Wahlen seien fair gewesen.");
        AnalysedText french = analyse("fr", "Les élections municipales à Brest",
                "Les élections ont eu lieu dimanche. L'élection du maire suivra; les élections précédentes "
                        + "avaient attiré moins d'électeurs.");
        AnalysedText polish = analyse("pl", "Burza zamyka most w Gdańsku",
                "Most portowy zamknięto w poniedziałek. Naprawy mostu potrwają tydzień, a objazd mostu "
                        + "wyznaczono przez centrum.");

        assertThat(german.writtenForms()).containsEntry(stem("de", "Wahlen"), "Wahlen")
                .containsEntry(stem("de", "Wahlbeteiligung"), "Wahlbeteiligung");
        assertThat(french.writtenForms()).containsEntry(stem("fr", "élections"), "élections");
        assertThat(french.writtenForms().values()).as("the elided article is not part of the word")
                .doesNotContain("L'élection", "d'électeurs");
        assertThat(polish.writtenForms()).containsEntry(stem("pl", "mostu"), "mostu")
                .containsEntry(stem("pl", "Gdańsku"), "Gdańsku");
        assertShowable(german);
        assertShowable(french);
        assertShowable(polish);
    }

    @Test
    void hindiStopwordsAreNeverShown() {
        AnalysedText hindi = analyse("hi", "सरकार ने नई योजना की घोषणा की",
                "सरकार ने कहा कि योजना से किसानों को लाभ होगा और योजना अगले महीने से लागू होगी। "
                        + "विपक्ष ने योजना की आलोचना की है।");

        assertThat(hindi.language()).isEqualTo("hi");
        assertThat(hindi.writtenForms().values()).contains("योजना", "सरकार")
                .doesNotContain("ने", "की", "कि", "और", "है", "से", "को");
        assertShowable(hindi);
    }

    @Test
    void japaneseAndChineseAreSegmentedIntoWordsNotSingleCharacters() {
        AnalysedText japanese = analyse("ja", "東京都が新しい防災計画を発表",
                "東京都は地震に備える新しい防災計画を発表しました。防災計画では避難所を増やします。"
                        + "専門家は計画を評価しています。");
        AnalysedText chinese = analyse("zh", "中国政府宣布新的经济计划",
                "中国政府今天宣布了新的经济计划。我们认为这个经济计划将促进就业。专家表示计划很重要。");

        assertThat(japanese.language()).isEqualTo("ja");
        assertThat(japanese.writtenForms().values()).contains("防災", "計画", "地震");
        assertThat(chinese.language()).isEqualTo("zh");
        assertThat(chinese.writtenForms().values()).contains("经济", "计划", "政府")
                .doesNotContain("我们", "这个", "表示");
        assertThat(japanese.keyphrases()).extracting(p -> p.text()).as("a phrase is written without spaces")
                .noneMatch(p -> p.contains(" "));
        assertShowable(japanese);
        assertShowable(chinese);
    }

    @Test
    void onlyTheMostFrequentWordsAndTheKeyPhrasesAreCountedForTrends() {
        StringBuilder body = new StringBuilder("Harbour bridge closed by harbour storm. ");
        for (int i = 0; i < 40; i++) {
            body.append("Word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(" appears once. ");
        }
        AnalysedText text = analyse("en", "Harbour bridge closed", body.toString());

        assertThat(text.termCounts()).containsEntry(stem("en", "harbour"), 3).containsKey(stem("en", "bridge"));
        assertThat(text.termCounts().keySet().stream().filter(t -> !t.contains(" ")).count())
                .as("at most 20 single words, plus key phrases").isLessThanOrEqualTo(20 + text.keyphrases().size());
        text.keyphrases().forEach(k -> assertThat(text.termCounts()).containsEntry(k.key(), k.occurrences()));
        assertThat(text.writtenForms()).containsKeys(text.termCounts().keySet().toArray(String[]::new));
    }

    /** Every form is written in the text as it stands and is a word people can read. */
    private static void assertShowable(AnalysedText text) {
        assertThat(text.writtenForms()).isNotEmpty();
        assertThat(text.writtenForms().keySet()).containsAll(text.termCounts().keySet());
        for (String form : text.writtenForms().values()) {
            assertThat(form.codePointCount(0, form.length())).as(form).isGreaterThan(1);
            assertThat(form.codePoints().anyMatch(Character::isLetter)).as(form).isTrue();
        }
        assertThat(text.writtenForms().values()).doesNotContain("The", "the", "a", "it", "said", "die", "der", "les",
                "Les", "w", "a", "2026", "14", "B");
    }

    private static AnalysedText analyse(String language, String title, String body) {
        return ADAPTERS.articleAnalyzer().analyse(new AnalysisInput(ArticleId.of(1), PortalId.of(1), 1, title, null,
                body, language, Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T08:00:00Z")), DocumentFrequencies.none());
    }

    private static String stem(String language, String word) {
        return new TextTokenizer().tokenize(word, LanguageProfiles.forLanguage(language)).tokens().get(0).term();
    }
}
