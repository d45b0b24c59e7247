package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Query;
import java.util.Objects;

/**
 * Rule health: an article stored with the generic text because its portal's body rule matched
 * nothing or much less than the page holds is recorded as an {@link FetchOutcome#OK} fetch event of
 * this error class, so a redesigned site shows up as a count per portal instead of empty articles.
 */
public final class RuleMisses {
    /** The {@link FetchEvent#errorClass()} of such an event. */
    public static final FetchErrorClass ERROR_CLASS = FetchErrorClass.RULE_MISSED;

    private RuleMisses() {
    }

    /** The rule misses of one portal, over all runs. */
    public static Query<FetchEvent> ofPortal(PortalId portal) {
        Objects.requireNonNull(portal, "portal");
        return Query.of(FetchEvent.class)
                .where(FetchEventField.PORTAL_ID.eq(portal).and(FetchEventField.ERROR_CLASS.eq(ERROR_CLASS)));
    }

    /** The rule misses of one portal in one run. */
    public static Query<FetchEvent> ofRun(IngestRunId run, PortalId portal) {
        Objects.requireNonNull(run, "run");
        return ofPortal(portal).where(FetchEventField.RUN_ID.eq(run));
    }
}
