package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.PortalRepository;
import io.newsaggregator.domain.query.Query;
import java.sql.PreparedStatement;
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

    private final NativeStatements statements;

    JpaPortalRepository(Session session, TableNames names, SlowStatementLog slowLog) {
        super(session, MAPPING);
        this.statements = new NativeStatements(session, names, slowLog);
    }

    @Override
    public Optional<Portal> findByCode(String code) {
        Objects.requireNonNull(code, "code");
        return find(Query.of(Portal.class).where(PortalField.CODE.eq(code)).limit(1)).stream().findFirst();
    }

    @Override
    public Portal findOrCreate(Portal portal) {
        Objects.requireNonNull(portal, "portal");
        Optional<Portal> existing = findByCode(portal.code());
        if (existing.isPresent()) {
            return existing.get();
        }
        // ON CONFLICT: of workers registering the same portal at once, the later ones wait and find the first's row
        String sql = "insert into " + statements.names().table("portal") + " (id, code, name, homepage, language)"
                + " values (?, ?, ?, ?, ?) on conflict (code) do nothing";
        long id = call("creating Portal " + portal.code(), () -> new SequenceIds(session, PortalEntity.class).next());
        statements.run("creating Portal " + portal.code(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.setString(2, portal.code());
                ps.setString(3, portal.name());
                ps.setString(4, portal.homepage());
                ps.setString(5, portal.language());
                return statements.slowLog().time(sql, ps::executeUpdate);
            }
        });
        return findByCode(portal.code()).orElseThrow(() -> new IllegalStateException(
                "portal " + portal.code() + " vanished right after it was created"));
    }
}
