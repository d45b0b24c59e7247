package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.IngestRunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of {@link DescribeDatabase}.
 *
 * @param rowCounts rows per table in a fixed order ("portals", "feeds", ... "frontier entries"); empty when not counted
 * @param ingest    where ingest stands, or empty when not counted
 */
public record DatabaseDescription(SchemaState schema, Map<String, Long> rowCounts, Optional<IngestState> ingest) {
    public DatabaseDescription {
        rowCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowCounts));
    }

    /**
     * A schema's versions as the migration tool knows them.
     *
     * @param currentVersion the newest applied version, or null on an empty schema
     */
    public record SchemaState(String schema, String currentVersion, List<SchemaVersion> applied,
                              List<SchemaVersion> pending) {
        public SchemaState {
            applied = List.copyOf(applied);
            pending = List.copyOf(pending);
        }

        public boolean isUpToDate() {
            return pending.isEmpty();
        }
    }

    /**
     * One schema version.
     *
     * @param version     the version ("1"), or null for a repeatable script
     * @param state       the migration tool's state in words ("Success", "Pending", ...)
     * @param installedOn when it was applied, or null while pending
     */
    public record SchemaVersion(String version, String description, String state, Instant installedOn, String script) {
        @Override
        public String toString() {
            return String.format("%-8s %-10s %-30s %s", version == null ? "R" : version, state, description,
                    installedOn == null ? "" : installedOn.toString());
        }
    }

    /**
     * Where ingest stands: runs and frontier entries by status (every status, in declaration order),
     * the latest runs that were closed as aborted, newest first, and rule health: per portal code, the
     * article pages stored with the generic text because the portal's body rule fell short (only
     * portals with such pages, by code).
     */
    public record IngestState(Map<IngestRunStatus, Long> runs, List<AbortedRun> latestAborted,
                              Map<FrontierStatus, Long> frontier, Map<String, Long> ruleMisses) {
        public IngestState {
            runs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(runs));
            latestAborted = List.copyOf(latestAborted);
            frontier = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontier));
            ruleMisses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleMisses));
        }
    }

    /** @param closedAt when the run was closed, or null */
    public record AbortedRun(IngestRunId id, Instant startedAt, Instant closedAt, String reason) {
    }
}
