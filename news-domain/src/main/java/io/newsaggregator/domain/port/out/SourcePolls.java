package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.SourcePoll;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The poll schedule of every source, shared by the worker fleet. */
public interface SourcePolls {
    Optional<SourcePoll> find(FeedId sourceId);

    /** Every source's schedule, soonest poll first. */
    List<SourcePoll> all();

    /** The earliest next poll of any source, empty while no source is scheduled. */
    Optional<Instant> soonestNextPoll();

    /** Stores the schedule, replacing the source's earlier one. */
    void save(SourcePoll poll, Instant now);
}
