package io.newsaggregator.app;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.RuleMisses;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Rule health for {@code db-info} and the ingest summary: per portal code, how many article pages
 * were stored with the generic text because the portal's body rule matched nothing or much less.
 * Only portals with misses are listed.
 */
final class RuleHealth {
    private RuleHealth() {
    }

    static Map<String, Long> overall(Repositories repos) {
        return count(repos, portal -> RuleMisses.ofPortal(portal.id()));
    }

    static Map<String, Long> ofRun(Repositories repos, IngestRunId run) {
        return count(repos, portal -> RuleMisses.ofRun(run, portal.id()));
    }

    private static Map<String, Long> count(Repositories repos, Function<Portal, Query<FetchEvent>> misses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Portal portal : repos.portals().find(Query.of(Portal.class).orderBy(PortalField.CODE.asc()))) {
            long count = repos.fetchEvents().count(misses.apply(portal));
            if (count > 0) {
                counts.put(portal.code(), count);
            }
        }
        return counts;
    }

    static void print(Output out, Map<String, Long> misses) {
        misses.forEach((code, count) -> out.line("  %s: the portal's body rule fell short on %,d article page%s;"
                + " the generic text was used (check the rule)", code, count, count == 1 ? "" : "s"));
    }
}
