package io.newsaggregator.domain.model;

import io.newsaggregator.domain.query.Field;

/** Queryable fields of {@link Category}. */
public final class CategoryField {
    public static final Field<Category, CategoryId> ID = Field.of(Category.class, "id", CategoryId.class);
    public static final Field<Category, PortalId> PORTAL_ID = Field.of(Category.class, "portalId", PortalId.class);
    public static final Field<Category, String> CODE = Field.of(Category.class, "code", String.class);
    public static final Field<Category, String> NAME = Field.of(Category.class, "name", String.class);

    private CategoryField() {
    }
}
