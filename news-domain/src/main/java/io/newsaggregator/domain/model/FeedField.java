package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;
import java.time.Instant;

/** Queryable fields of {@link Feed}. */
public final class FeedField {
    public static final Field<Feed, FeedId> ID = Field.of(Feed.class, "id", FeedId.class);
    public static final Field<Feed, PortalId> PORTAL_ID = Field.of(Feed.class, "portalId", PortalId.class);
    public static final Field<Feed, FeedKind> KIND = Field.of(Feed.class, "kind", FeedKind.class);
    public static final Field<Feed, String> URL = Field.of(Feed.class, "url", String.class);
    public static final Field<Feed, String> CATEGORY_CODE = Field.of(Feed.class, "categoryCode", String.class);
    public static final Field<Feed, Integer> CONSECUTIVE_FAILURES = Field.of(Feed.class, "consecutiveFailures", Integer.class);
    public static final Field<Feed, Instant> LAST_FETCHED_AT = Field.of(Feed.class, "lastFetchedAt", Instant.class);
    public static final Field<Feed, Instant> QUARANTINED_UNTIL = Field.of(Feed.class, "quarantinedUntil", Instant.class);

    private FeedField() {
    }
}
