package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import java.util.Optional;

/** The portals we ingest from. */
public interface PortalRepository extends CrudRepository<Portal, PortalId> {
    Optional<Portal> findByCode(String code);

    /**
     * The stored portal with the code of {@code portal}, stored from it (without an id) when
     * missing. When another process stores the same code at the same time, this finds that one's
     * portal rather than failing.
     */
    Portal findOrCreate(Portal portal);
}
