package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageProfilesTest {

    private final TextTokenizer tokenizer = new TextTokenizer();

    private List<String> terms(String text, String language) {
        return tokenizer.tokenize(text, LanguageProfiles.forLanguage(language)).tokens().stream()
                .map(Token::term).toList();
    }

    @Test
    void stemsGermanWithTheGermanStemmer() {
        assertThat(terms("Häuser Kinder Wahlen", "de")).containsExactly("haus", "kind", "wahl");
    }

    @Test
    void stemsEnglishWithPorterAndDropsPossessives() {
        assertThat(terms("elections Europe's running", "en")).containsExactly("elect", "europ", "run");
    }

    @Test
    void stemsPolishWithStempel() {
        assertThat(terms("wyborach", "pl")).containsExactly("wybór");
    }

    @Test
    void usesTheStopwordsOfTheTextsLanguageOnly() {
        LanguageProfile german = LanguageProfiles.forLanguage("de");
        LanguageProfile english = LanguageProfiles.forLanguage("en");

        assertThat(german.isStopword("und")).isTrue();
        assertThat(german.isStopword("the")).isFalse();
        assertThat(english.isStopword("the")).isTrue();
        assertThat(english.isStopword("und")).isFalse();
    }

    @Test
    void treatsEnglishFunctionWordsAndReportingVerbsMissingFromSnowballAsStopwords() {
        LanguageProfile english = LanguageProfiles.forLanguage("en");
        List<Token> tokens = tokenizer.tokenize("Midwives across Wales will strike, Mr Jones told Sen. Reid", english)
                .tokens();

        assertThat(tokens).filteredOn(Token::stopword).extracting(Token::surface)
                .containsExactly("across", "will", "Mr", "told", "Sen");
        assertThat(english.isStopword("midwives")).isFalse();
        assertThat(LanguageProfiles.forLanguage("de").isStopword("said")).isFalse();
        assertThat(LanguageProfiles.forLanguage("nl").isStopword("across")).isFalse();
    }

    @Test
    void marksStopwordsWithoutRemovingOrStemmingThem() {
        List<Token> tokens = tokenizer.tokenize("Die Wahlen in den Ländern", LanguageProfiles.forLanguage("de"))
                .tokens();

        assertThat(tokens).extracting(Token::stopword).containsExactly(true, false, true, true, false);
        assertThat(tokens.get(0).term()).isEqualTo("die");
    }

    @Test
    void fallsBackToANeutralProfileForUnsupportedOrUnknownLanguages() {
        LanguageProfile neutral = LanguageProfiles.forLanguage("xx");

        assertThat(neutral).isSameAs(LanguageProfiles.neutral());
        assertThat(LanguageProfiles.forLanguage(null)).isSameAs(LanguageProfiles.neutral());
        assertThat(neutral.stems()).isFalse();
        assertThat(neutral.isStopword("the")).isFalse();
        assertThat(terms("Elections Häuser", "und")).containsExactly("elections", "häuser");
    }

    @Test
    void acceptsRegionTagsAndCaseInLanguageCodes() {
        assertThat(LanguageProfiles.forLanguage("DE-at").language()).isEqualTo("de");
        assertThat(LanguageProfiles.supportedLanguages())
                .contains("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "sv", "da");
    }
}
