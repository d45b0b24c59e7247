package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;

/** Queryable fields of {@link Portal}. */
public final class PortalField {
    public static final Field<Portal, PortalId> ID = Field.of(Portal.class, "id", PortalId.class);
    public static final Field<Portal, String> CODE = Field.of(Portal.class, "code", String.class);
    public static final Field<Portal, String> NAME = Field.of(Portal.class, "name", String.class);
    public static final Field<Portal, String> HOMEPAGE = Field.of(Portal.class, "homepage", String.class);
    public static final Field<Portal, String> LANGUAGE = Field.of(Portal.class, "language", String.class);

    private PortalField() {
    }
}
