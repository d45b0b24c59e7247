package io.newsaggregator.domain.model;

import java.util.Objects;

/**
 * A section of a portal ("world", "sport"), as named by the catalog or the portal's own metadata.
 *
 * @param id null until stored
 */
public record Category(CategoryId id, PortalId portalId, String code, String name) {
    public Category {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("category code must not be blank");
        }
        Objects.requireNonNull(name, "name");
    }

    public static Category create(PortalId portalId, String code, String name) {
        return new Category(null, portalId, code, name);
    }

    public Category withId(CategoryId newId) {
        return new Category(newId, portalId, code, name);
    }
}
