package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.PortalRepository;
import io.newsaggregator.domain.query.Query;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/** Portals over JPA. */
final class JpaPortalRepository extends JpaCrudRepository<Portal, PortalId, PortalEntity> implements PortalRepository {
    static final FieldWhitelist<Portal> FIELDS = FieldWhitelist.of(Portal.class)
            .id(PortalField.ID, "id", PortalId::value, PortalId::new)
            .plain(PortalField.CODE, "code")
            .plain(PortalField.NAME, "name")
            .plain(PortalField.HOMEPAGE, "homepage")
            .plain(PortalField.LANGUAGE, "language")
            .build();
    private static final AggregateMapping<Portal, PortalId, PortalEntity> MAPPING = new AggregateMapping<>(
            "Portal", PortalEntity.class, EntityMappers.PORTAL, FIELDS, Portal::id, PortalId::value);

    JpaPortalRepository(Session session) {
        super(session, MAPPING);
    }

    @Override
    public Optional<Portal> findByCode(String code) {
        Objects.requireNonNull(code, "code");
        return find(Query.of(Portal.class).where(PortalField.CODE.eq(code)).limit(1)).stream().findFirst();
    }
}
