package io.newsaggregator.migrations;

import java.time.Instant;

/**
 * One schema version as Flyway knows it.
 *
 * @param version     the version ("1"), or null for a repeatable script
 * @param description what the script changes, from its file name
 * @param state       Flyway's state in words ("Success", "Pending", "Failed", ...)
 * @param installedOn when it was applied, or null while pending
 * @param script      the script's file name
 */
public record MigrationEntry(String version, String description, String state, Instant installedOn, String script) {

    @Override
    public String toString() {
        return String.format("%-8s %-10s %-30s %s", version == null ? "R" : version, state, description,
                installedOn == null ? "" : installedOn.toString());
    }
}
