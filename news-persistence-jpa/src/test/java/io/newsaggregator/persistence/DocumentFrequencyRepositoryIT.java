package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.DataIntegrityException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFrequencyRepositoryIT extends JpaTestSupport {

    @Test
    void addingAndTakingBackDocumentsKeepsFrequenciesAndTheDocumentCountConsistent() {
        long before = uow.readOnly(r -> r.documentFrequencies().documentCount());

        uow.run(r -> r.documentFrequencies().addDocument(List.of("elect", "vote count"), 1));
        uow.run(r -> r.documentFrequencies().addDocument(List.of("elect", "berlin", "elect"), 1));

        assertThat(uow.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(before + 2);
        assertThat(uow.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(
                List.of("elect", "vote count", "berlin", "never seen"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("elect", 2L, "vote count", 1L, "berlin", 1L));

        uow.run(r -> r.documentFrequencies().addDocument(List.of("elect", "vote count"), -1));

        assertThat(uow.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(before + 1);
        assertThat(uow.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(
                List.of("elect", "vote count", "berlin"))))
                .as("a key taken back to zero is absent")
                .containsExactlyInAnyOrderEntriesOf(Map.of("elect", 1L, "berlin", 1L));
    }

    @Test
    void unknownKeysAndEmptyQueriesGiveNoFrequencies() {
        assertThat(uow.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of("zzz-unknown"))))
                .isEmpty();
        assertThat(uow.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of()))).isEmpty();
    }

    @Test
    void aDocumentWithoutKeysStillCounts() {
        long before = uow.readOnly(r -> r.documentFrequencies().documentCount());
        uow.run(r -> r.documentFrequencies().addDocument(List.of(), 1));
        assertThat(uow.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(before + 1);
    }

    @Test
    void takingBackKeysNeverCountedIsRefusedAndChangesNothing() {
        uow.run(r -> r.documentFrequencies().addDocument(List.of("counted once"), 1));
        long before = uow.readOnly(r -> r.documentFrequencies().documentCount());

        assertThatThrownBy(() -> uow.run(r -> r.documentFrequencies().addDocument(List.of("counted once", "never"), -1)))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("never counted");

        assertThat(uow.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(before);
        assertThat(uow.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of("counted once"))))
                .containsEntry("counted once", 1L);
    }

    @Test
    void aRolledBackUnitLeavesFrequenciesUntouched() {
        long before = uow.readOnly(r -> r.documentFrequencies().documentCount());
        try {
            uow.run(r -> {
                r.documentFrequencies().addDocument(List.of("rolled back"), 1);
                throw new IllegalStateException("work failed");
            });
        } catch (IllegalStateException expected) {
            // the unit rolled back
        }
        assertThat(uow.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(before);
        assertThat(uow.<Map<String, Long>>readOnly(r -> r.documentFrequencies().frequencies(List.of("rolled back"))))
                .isEmpty();
    }
}
