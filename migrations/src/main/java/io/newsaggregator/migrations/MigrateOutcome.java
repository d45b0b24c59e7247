package io.newsaggregator.migrations;

import java.util.List;

/**
 * What a migrate call did.
 *
 * @param fromVersion     the version before, or null on an empty schema
 * @param toVersion       the version after, or null when nothing exists yet
 * @param appliedVersions the versions this call applied, oldest first
 * @param warnings        what Flyway warned about, if anything
 */
public record MigrateOutcome(String schema, String fromVersion, String toVersion, List<String> appliedVersions,
                             List<String> warnings) {
    public MigrateOutcome {
        appliedVersions = List.copyOf(appliedVersions);
        warnings = List.copyOf(warnings);
    }

    public int migrationsExecuted() {
        return appliedVersions.size();
    }
}
