package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.PortalId;
import java.util.Optional;

/** Sections of portals. */
public interface CategoryRepository extends CrudRepository<Category, CategoryId> {
    Optional<Category> findByCode(PortalId portalId, String code);

    /** The category with that code, created with {@code name} when missing. */
    Category findOrCreate(PortalId portalId, String code, String name);
}
