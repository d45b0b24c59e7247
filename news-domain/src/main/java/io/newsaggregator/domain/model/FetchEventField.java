package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;
import java.time.Instant;

/** Queryable fields of {@link FetchEvent}. */
public final class FetchEventField {
    public static final Field<FetchEvent, FetchEventId> ID = Field.of(FetchEvent.class, "id", FetchEventId.class);
    public static final Field<FetchEvent, IngestRunId> RUN_ID = Field.of(FetchEvent.class, "runId", IngestRunId.class);
    public static final Field<FetchEvent, PortalId> PORTAL_ID = Field.of(FetchEvent.class, "portalId", PortalId.class);
    public static final Field<FetchEvent, FeedId> FEED_ID = Field.of(FetchEvent.class, "feedId", FeedId.class);
    public static final Field<FetchEvent, FetchTarget> TARGET = Field.of(FetchEvent.class, "target", FetchTarget.class);
    public static final Field<FetchEvent, String> URL = Field.of(FetchEvent.class, "url", String.class);
    public static final Field<FetchEvent, FetchOutcome> OUTCOME = Field.of(FetchEvent.class, "outcome", FetchOutcome.class);
    public static final Field<FetchEvent, FetchErrorClass> ERROR_CLASS = Field.of(FetchEvent.class, "errorClass", FetchErrorClass.class);
    public static final Field<FetchEvent, Instant> OCCURRED_AT = Field.of(FetchEvent.class, "occurredAt", Instant.class);

    private FetchEventField() {
    }
}
