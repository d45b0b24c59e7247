package io.newsaggregator.app;

import java.util.Map;

/**
 * Rule health as {@code db-info} and the ingest summary print it: per portal code, how many article
 * pages were stored with the generic text because the portal's body rule matched nothing or much less.
 */
final class RuleHealth {
    private RuleHealth() {
    }

    static void print(Output out, Map<String, Long> misses) {
        misses.forEach((code, count) -> out.line("  %s: the portal's body rule fell short on %,d article page%s;"
                + " the generic text was used (check the rule)", code, count, count == 1 ? "" : "s"));
    }
}
