package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunId;
import java.util.Optional;

/** Ingest runs with their counts. */
public interface IngestRunRepository extends CrudRepository<IngestRun, IngestRunId> {
    Optional<IngestRun> latest();

    /** Records that the run is alive at {@code at}, without touching anything else of it. */
    void heartbeat(IngestRunId id, java.time.Instant at);
}
