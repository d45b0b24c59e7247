package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;

class PortalRepositoryIT extends CrudRepositoryContract<Portal, PortalId, String> {
    private String scope;

    @Override CrudRepository<Portal, PortalId> repository(Repositories r) { return r.portals(); }
    @Override Class<Portal> type() { return Portal.class; }
    @Override String typeName() { return "Portal"; }
    @Override void newScope(Repositories r) { scope = Fixtures.unique("p"); }
    @Override Portal newAggregate(int i) { return Portal.create(scope + "-" + i, "Portal " + i, "https://example.org/" + i, null); }
    @Override Condition<Portal> inScope() { return PortalField.CODE.like(scope + "-%"); }
    @Override Field<Portal, String> markerField() { return PortalField.CODE; }
    @Override String markerOf(Portal p) { return p.code(); }
    @Override Field<Portal, ?> nullField() { return PortalField.LANGUAGE; }
    @Override String likePattern() { return scope + "-_"; }
    @Override Field<Portal, PortalId> idField() { return PortalField.ID; }
    @Override PortalId idOf(Portal p) { return p.id(); }
    @Override Portal withId(Portal p, PortalId id) { return p.withId(id); }
    @Override PortalId missingId() { return PortalId.of(987_654_321L); }
    @Override Portal changed(Portal p) { return new Portal(p.id(), p.code(), "Renamed", "https://example.com/", "de"); }
}
