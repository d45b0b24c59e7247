package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryField;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.CategoryRepository;
import io.newsaggregator.domain.query.Query;
import java.sql.PreparedStatement;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/** Categories over JPA. */
final class JpaCategoryRepository extends JpaCrudRepository<Category, CategoryId, CategoryEntity>
        implements CategoryRepository {
    static final FieldWhitelist<Category> FIELDS = FieldWhitelist.of(Category.class)
            .id(CategoryField.ID, "id", CategoryId::value, CategoryId::new)
            .id(CategoryField.PORTAL_ID, "portalId", PortalId::value, PortalId::new)
            .plain(CategoryField.CODE, "code")
            .plain(CategoryField.NAME, "name")
            .build();
    private static final AggregateMapping<Category, CategoryId, CategoryEntity> MAPPING = new AggregateMapping<>(
            "Category", CategoryEntity.class, EntityMappers.CATEGORY, FIELDS, Category::id, CategoryId::value);

    private final TableNames names;
    private final SlowStatementLog slowLog;

    JpaCategoryRepository(Session session, TableNames names, SlowStatementLog slowLog) {
        super(session, MAPPING);
        this.names = names;
        this.slowLog = slowLog;
    }

    @Override
    public Optional<Category> findByCode(PortalId portalId, String code) {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(code, "code");
        return find(Query.of(Category.class)
                .where(CategoryField.PORTAL_ID.eq(portalId).and(CategoryField.CODE.eq(code)))
                .limit(1)).stream().findFirst();
    }

    @Override
    public Category findOrCreate(PortalId portalId, String code, String name) {
        Objects.requireNonNull(name, "name");
        Category wanted = Category.create(portalId, code, name); // validates the arguments
        Optional<Category> existing = findByCode(portalId, code);
        if (existing.isPresent()) {
            return existing.get();
        }
        // ON CONFLICT keeps two concurrent ingest processes from failing on the same new category
        String sql = "insert into " + names.table("category") + " (id, portal_id, code, name) values (?, ?, ?, ?)"
                + " on conflict (portal_id, code) do nothing";
        long id = call("creating Category " + code, () -> new SequenceIds(session, CategoryEntity.class).next());
        call("creating Category " + code, () -> {
            session.doWork(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, id);
                    ps.setLong(2, wanted.portalId().value());
                    ps.setString(3, wanted.code());
                    ps.setString(4, wanted.name());
                    slowLog.time(sql, ps::executeUpdate);
                }
            });
            return null;
        });
        return findByCode(portalId, code).orElseThrow(() -> new IllegalStateException(
                "category " + code + " of portal " + portalId + " vanished right after it was created"));
    }
}
