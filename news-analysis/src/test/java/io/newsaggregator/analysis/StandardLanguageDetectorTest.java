package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StandardLanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetectors.standard();

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("de", "Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windenergie "
                        + "beschlossen. Künftig sollen Genehmigungen schneller erteilt werden, und die Länder müssen "
                        + "mehr Flächen für Windräder ausweisen. Umweltverbände begrüßten den Schritt."),
                Arguments.of("en", "The city council approved a new budget on Tuesday after weeks of debate. "
                        + "The plan raises spending on schools and public transport, while property taxes stay "
                        + "unchanged for the third year in a row."),
                Arguments.of("fr", "Le gouvernement a présenté mercredi un nouveau plan pour les transports publics. "
                        + "Les billets de train seront moins chers pour les jeunes, et les lignes de bus régionales "
                        + "seront renforcées dès le mois prochain."),
                Arguments.of("pl", "Rząd przyjął w środę nowy plan dotyczący transportu publicznego w dużych miastach. "
                        + "Bilety dla uczniów będą tańsze, a na liniach podmiejskich pojawią się nowe pociągi. "
                        + "Samorządy otrzymają dodatkowe pieniądze na remonty dróg."),
                Arguments.of("es", "El ayuntamiento aprobó el martes un nuevo presupuesto después de semanas de debate. "
                        + "El plan aumenta el gasto en escuelas y transporte público, mientras los impuestos "
                        + "sobre la propiedad no cambian por tercer año consecutivo."),
                Arguments.of("it", "Il consiglio comunale ha approvato martedì un nuovo bilancio dopo settimane di "
                        + "discussione. Il piano aumenta la spesa per le scuole e i trasporti pubblici, mentre le "
                        + "tasse sulla casa restano invariate per il terzo anno consecutivo."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void detectsTheLanguageOfAParagraphConfidently(String expected, String text) {
        DetectedLanguage detected = detector.detect(text);

        assertThat(detected.code()).isEqualTo(expected);
        assertThat(detected.confidence()).isGreaterThan(0.5);
    }

    @Test
    void givesASingleWordALowConfidence() {
        assertThat(detector.detect("Haus").confidence()).isLessThan(0.2);
        assertThat(detector.detect("Election").confidence()).isLessThan(0.2);
    }

    @Test
    void givesAHeadlineLessConfidenceThanAParagraph() {
        double headline = detector.detect("Vodafone lifts Essar stake by a third").confidence();
        double paragraph = detector.detect("Vodafone will buy an additional third of its Indian joint venture "
                + "after its partner exercised an option to sell the holding. The deal raises the British "
                + "company's stake to three quarters of the operator.").confidence();

        assertThat(headline).isLessThan(0.5).isLessThan(paragraph);
    }

    @Test
    void reportsTextWithoutLettersAsUndetermined() {
        assertThat(detector.detect("12:30 — 4,5 %").isUndetermined()).isTrue();
        assertThat(detector.detect("").confidence()).isZero();
    }

    @Test
    void returnsTheSameAnswerForTheSameText() {
        String text = "Der Stadtrat hat den Haushalt für das kommende Jahr verabschiedet.";

        assertThat(detector.detect(text)).isEqualTo(detector.detect(text));
    }
}
