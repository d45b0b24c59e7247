package io.newsaggregator.migrations;

import java.util.List;

/**
 * Where a schema stands: its current version, what was applied and what is pending.
 *
 * @param currentVersion the newest applied version, or null on an empty schema
 */
public record MigrationStatus(String schema, String currentVersion, List<MigrationEntry> applied,
                              List<MigrationEntry> pending) {
    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
    }

    public boolean isUpToDate() {
        return pending.isEmpty();
    }
}
