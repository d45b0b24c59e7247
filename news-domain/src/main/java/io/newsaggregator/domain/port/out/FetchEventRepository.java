package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.IngestRunId;
import java.util.List;

/** The log of fetches. */
public interface FetchEventRepository extends CrudRepository<FetchEvent, FetchEventId> {
    List<FetchEvent> findByRun(IngestRunId runId);
}
