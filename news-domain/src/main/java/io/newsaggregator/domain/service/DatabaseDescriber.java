package io.newsaggregator.domain.service;

import io.newsaggregator.domain.port.in.DatabaseDescription;
import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaState;
import io.newsaggregator.domain.port.in.DescribeDatabase;
import io.newsaggregator.domain.port.out.SchemaInspector;
import io.newsaggregator.domain.port.out.StoreStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link DescribeDatabase}: the schema first, and the counts only on a schema that is up to date. */
public final class DatabaseDescriber implements DescribeDatabase {
    private static final int ABORTED_SHOWN = 5;

    private final SchemaInspector schema;
    private final StoreStatistics statistics;

    public DatabaseDescriber(SchemaInspector schema, StoreStatistics statistics) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    @Override
    public DatabaseDescription describe() {
        SchemaState state = schema.inspect();
        if (state.applied().isEmpty() || !state.isUpToDate()) {
            return new DatabaseDescription(state, Map.of(), Optional.empty());
        }
        return new DatabaseDescription(state, statistics.rowCounts(), Optional.of(statistics.ingestState(ABORTED_SHOWN)));
    }
}
