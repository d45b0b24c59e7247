package io.newsaggregator.analysis.keyphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDocumentFrequenciesTest {

    @Test
    void countsAPhraseOncePerDocument() {
        InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();

        frequencies.addDocument(List.of("climat summit", "climat summit", "coal"));
        frequencies.addDocument(List.of("coal"));

        assertThat(frequencies.documentCount()).isEqualTo(2);
        assertThat(frequencies.frequency("climat summit")).isEqualTo(1);
        assertThat(frequencies.frequency("coal")).isEqualTo(2);
        assertThat(frequencies.frequency("unseen")).isZero();
        assertThat(frequencies.distinctPhrases()).isEqualTo(2);
    }

    @Test
    void theEmptyCorpusKnowsNothing() {
        assertThat(DocumentFrequencies.none().documentCount()).isZero();
        assertThat(DocumentFrequencies.none().frequency("coal")).isZero();
    }
}
