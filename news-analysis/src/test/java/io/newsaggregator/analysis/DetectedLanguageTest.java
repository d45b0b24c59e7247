package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectedLanguageTest {

    @Test
    void rejectsConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new DetectedLanguage("en", 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
    }

    @Test
    void undeterminedNeverReachesAThreshold() {
        assertThat(DetectedLanguage.UNDETERMINED.isAtLeast(0.0)).isFalse();
        assertThat(new DetectedLanguage("de", 0.7).isAtLeast(0.5)).isTrue();
    }

    @Test
    void mapsThreeLetterModelCodesToTwoLetterCodes() {
        assertThat(IsoLanguageCodes.toTwoLetter("deu")).isEqualTo("de");
        assertThat(IsoLanguageCodes.toTwoLetter("pol")).isEqualTo("pl");
        assertThat(IsoLanguageCodes.toTwoLetter("cmn")).isEqualTo("zh");
        assertThat(IsoLanguageCodes.toTwoLetter("gsw")).isEqualTo("gsw");
    }
}
