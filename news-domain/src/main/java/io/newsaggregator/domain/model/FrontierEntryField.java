package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;
import java.time.Instant;

/** Queryable fields of {@link FrontierEntry}. */
public final class FrontierEntryField {
    public static final Field<FrontierEntry, FrontierEntryId> ID = Field.of(FrontierEntry.class, "id", FrontierEntryId.class);
    public static final Field<FrontierEntry, PortalId> PORTAL_ID = Field.of(FrontierEntry.class, "portalId", PortalId.class);
    public static final Field<FrontierEntry, String> CANONICAL_URL = Field.of(FrontierEntry.class, "canonicalUrl", String.class);
    public static final Field<FrontierEntry, FrontierStatus> STATUS = Field.of(FrontierEntry.class, "status", FrontierStatus.class);
    public static final Field<FrontierEntry, Integer> ATTEMPTS = Field.of(FrontierEntry.class, "attempts", Integer.class);
    public static final Field<FrontierEntry, IngestRunId> LEASED_BY = Field.of(FrontierEntry.class, "leasedBy", IngestRunId.class);
    public static final Field<FrontierEntry, Instant> UPDATED_AT = Field.of(FrontierEntry.class, "updatedAt", Instant.class);

    private FrontierEntryField() {
    }
}
