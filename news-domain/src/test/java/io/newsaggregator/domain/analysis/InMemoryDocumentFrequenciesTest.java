package io.newsaggregator.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryDocumentFrequenciesTest {

    @Test
    void countsAPhraseOncePerDocument() {
        InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();

        frequencies.addDocument(List.of("climat summit", "climat summit", "coal"));
        frequencies.addDocument(List.of("coal"));

        assertThat(frequencies.documentCount()).isEqualTo(2);
        assertThat(frequencies.frequencies(List.of("climat summit", "coal", "unseen")))
                .as("a key never seen is absent").isEqualTo(Map.of("climat summit", 1L, "coal", 2L));
        assertThat(frequencies.distinctPhrases()).isEqualTo(2);
    }

    @Test
    void theEmptyCorpusKnowsNothing() {
        assertThat(DocumentFrequencies.none().documentCount()).isZero();
        assertThat(DocumentFrequencies.none().frequencies(List.of("coal"))).isEmpty();
    }
}
