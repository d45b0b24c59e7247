package io.newsaggregator.migrations;

import java.util.List;

/**
 * Whether the applied scripts still match the ones shipped (checksums, names, none missing).
 *
 * @param problems one readable line per mismatch; empty when valid
 */
public record ValidationOutcome(boolean valid, List<String> problems) {
    public ValidationOutcome {
        problems = List.copyOf(problems);
    }
}
