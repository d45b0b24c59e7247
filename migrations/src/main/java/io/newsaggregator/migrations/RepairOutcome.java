package io.newsaggregator.migrations;

import java.util.List;

/**
 * What a repair changed in the schema history table.
 *
 * @param actions Flyway's own words for each action taken; empty when nothing needed repair
 */
public record RepairOutcome(List<String> actions) {
    public RepairOutcome {
        actions = List.copyOf(actions);
    }
}
