package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import java.util.Optional;

/** The portals we ingest from. */
public interface PortalRepository extends CrudRepository<Portal, PortalId> {
    Optional<Portal> findByCode(String code);
}
