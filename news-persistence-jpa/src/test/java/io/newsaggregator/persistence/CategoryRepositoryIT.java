package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryField;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;

class CategoryRepositoryIT extends CrudRepositoryContract<Category, CategoryId, String> {
    private PortalId portal;

    @Override CrudRepository<Category, CategoryId> repository(Repositories r) { return r.categories(); }
    @Override Class<Category> type() { return Category.class; }
    @Override String typeName() { return "Category"; }
    @Override void newScope(Repositories r) { portal = r.portals().save(Fixtures.portal()).id(); }
    @Override Category newAggregate(int i) { return Category.create(portal, "section-" + i, "Section " + i); }
    @Override Condition<Category> inScope() { return CategoryField.PORTAL_ID.eq(portal); }
    @Override Field<Category, String> markerField() { return CategoryField.CODE; }
    @Override String markerOf(Category c) { return c.code(); }
    @Override Field<Category, ?> nullField() { return null; }
    @Override String likePattern() { return "section-%"; }
    @Override Field<Category, CategoryId> idField() { return CategoryField.ID; }
    @Override CategoryId idOf(Category c) { return c.id(); }
    @Override Category withId(Category c, CategoryId id) { return c.withId(id); }
    @Override CategoryId missingId() { return CategoryId.of(987_654_321L); }
    @Override Category changed(Category c) { return new Category(c.id(), c.portalId(), c.code(), "Renamed"); }
}
