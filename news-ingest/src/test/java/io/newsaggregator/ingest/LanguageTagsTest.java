package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void reducesTagsAndLocalesToTwoLetterCodes() {
        assertThat(LanguageTags.iso639_1("en-US")).isEqualTo("en");
        assertThat(LanguageTags.iso639_1("pt_BR")).isEqualTo("pt");
        assertThat(LanguageTags.iso639_1("DE")).isEqualTo("de");
        assertThat(LanguageTags.iso639_1("zh-Hant-TW")).isEqualTo("zh");
        assertThat(LanguageTags.iso639_1("fr, en")).isEqualTo("fr");
    }

    @Test
    void mapsThreeLetterCodes() {
        assertThat(LanguageTags.iso639_1("deu")).isEqualTo("de");
        assertThat(LanguageTags.iso639_1("eng")).isEqualTo("en");
    }

    @Test
    void rejectsWhatIsNotALanguage() {
        assertThat(LanguageTags.iso639_1(null)).isNull();
        assertThat(LanguageTags.iso639_1("")).isNull();
        assertThat(LanguageTags.iso639_1("xx")).isNull();
        assertThat(LanguageTags.iso639_1("English")).isNull();
    }
}
