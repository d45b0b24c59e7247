package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.port.in.DatabaseDescription;
import io.newsaggregator.domain.port.in.DatabaseDescription.IngestState;
import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaState;
import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaVersion;
import io.newsaggregator.domain.port.out.StoreStatistics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseDescriberTest {
    private static final SchemaVersion V1 = new SchemaVersion("1", "baseline", "Success", Instant.parse("2026-11-01T00:00:00Z"), "V1__baseline.sql");
    private static final SchemaVersion V2 = new SchemaVersion("2", "analysis", "Pending", null, "V2__analysis.sql");
    private final AtomicInteger reads = new AtomicInteger();
    private final StoreStatistics statistics = new StoreStatistics() {
        @Override
        public Map<String, Long> rowCounts() {
            reads.incrementAndGet();
            return Map.of("articles", 3L);
        }

        @Override
        public IngestState ingestState(int abortedShown) {
            reads.incrementAndGet();
            return new IngestState(Map.of(), List.of(), Map.of(), Map.of());
        }
    };

    @Test
    void countsOnASchemaThatIsUpToDate() {
        DatabaseDescription d = new DatabaseDescriber(() -> new SchemaState("news", "1", List.of(V1), List.of()), statistics)
                .describe();

        assertThat(d.rowCounts()).containsEntry("articles", 3L);
        assertThat(d.ingest()).isPresent();
        assertThat(reads).hasValue(2);
    }

    @Test
    void readsNoTableWhileVersionsArePendingOrTheSchemaIsEmpty() {
        DatabaseDescription pending = new DatabaseDescriber(
                () -> new SchemaState("news", "1", List.of(V1), List.of(V2)), statistics).describe();
        DatabaseDescription empty = new DatabaseDescriber(
                () -> new SchemaState("news", null, List.of(), List.of(V2)), statistics).describe();

        assertThat(pending.rowCounts()).isEmpty();
        assertThat(pending.ingest()).isEmpty();
        assertThat(pending.schema().isUpToDate()).isFalse();
        assertThat(empty.rowCounts()).isEmpty();
        assertThat(reads).hasValue(0);
    }
}
