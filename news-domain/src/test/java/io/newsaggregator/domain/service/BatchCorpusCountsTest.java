package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.port.out.DocumentFrequencyRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchCorpusCountsTest {
    private final DocumentFrequencyRepository stored = new InMemoryStore().documentFrequencies();
    private final List<String> calls = new ArrayList<>();
    private final DocumentFrequencyRepository store = new DocumentFrequencyRepository() {
        @Override
        public void addDocument(Collection<String> keys, int delta) {
            calls.add("addDocument");
            stored.addDocument(keys, delta);
        }

        @Override
        public void addCounts(Map<String, Long> keyDeltas, long documentDelta) {
            calls.add("addCounts " + new java.util.TreeMap<>(keyDeltas) + " " + documentDelta);
            stored.addCounts(keyDeltas, documentDelta);
        }

        @Override
        public long documentCount() {
            calls.add("documentCount");
            return stored.documentCount();
        }

        @Override
        public Map<String, Long> frequencies(Collection<String> keys) {
            calls.add("frequencies " + keys);
            return stored.frequencies(keys);
        }
    };

    @Test
    void eachDocumentSeesTheCountsOfTheDocumentsBeforeIt() {
        stored.addDocument(List.of("vote", "budget"), +1);
        BatchCorpusCounts batch = new BatchCorpusCounts(store);

        assertThat(batch.frequencies(List.of("vote", "storm"))).isEqualTo(Map.of("vote", 1L));
        batch.addDocument(List.of("vote", "storm", "storm"), +1);
        assertThat(batch.documentCount()).isEqualTo(2);
        assertThat(batch.frequencies(List.of("vote", "storm", "budget")))
                .isEqualTo(Map.of("vote", 2L, "storm", 1L, "budget", 1L));
        batch.addDocument(List.of("vote", "budget"), -1);

        assertThat(batch.documentCount()).isEqualTo(1);
        assertThat(batch.frequencies(List.of("vote", "storm", "budget"))).isEqualTo(Map.of("vote", 1L, "storm", 1L));
    }

    @Test
    void readsEachKeyOnceAndWritesOnlyTheNetChangeAtTheEnd() {
        stored.addDocument(List.of("vote", "budget"), +1);
        BatchCorpusCounts batch = new BatchCorpusCounts(store);

        batch.frequencies(List.of("vote", "storm"));
        batch.addDocument(List.of("vote", "storm"), +1);
        batch.frequencies(List.of("vote", "storm", "budget"));
        batch.addDocument(List.of("vote", "budget"), -1);
        batch.documentCount();
        batch.documentCount();
        assertThat(calls).containsExactly("frequencies [vote, storm]", "frequencies [budget]", "documentCount");

        batch.flush();

        assertThat(calls).last().isEqualTo("addCounts {budget=-1, storm=1} 0");
        assertThat(stored.documentCount()).isEqualTo(1);
        assertThat(stored.frequencies(List.of("vote", "storm", "budget"))).isEqualTo(Map.of("vote", 1L, "storm", 1L));
    }

    @Test
    void takingBackAKeyNeverCountedIsRefusedAtOnceLikeTheStoreDoes() {
        stored.addDocument(List.of("vote"), +1);
        BatchCorpusCounts batch = new BatchCorpusCounts(store);
        batch.addDocument(List.of("storm"), +1);

        assertThatThrownBy(() -> batch.addDocument(List.of("vote", "flood"), -1))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("1 of its 2 phrase keys were never counted");
        assertThatThrownBy(() -> stored.addDocument(List.of("vote", "flood"), -1))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("1 of its 2 phrase keys were never counted");
    }

    @Test
    void aBatchThatChangedNothingWritesNothing() {
        BatchCorpusCounts batch = new BatchCorpusCounts(store);
        batch.frequencies(List.of("vote"));

        batch.flush();

        assertThat(calls).containsExactly("frequencies [vote]");
    }
}
