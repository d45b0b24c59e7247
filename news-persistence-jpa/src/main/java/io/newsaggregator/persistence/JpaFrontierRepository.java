package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryField;
import io.newsaggregator.domain.model.FrontierEntryId;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.FrontierRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The frontier over JPA: generic CRUD from the base class; enqueue, claim and the lease changes as
 * native statements (an upsert on the portal and canonical URL, {@code FOR UPDATE SKIP LOCKED}).
 */
final class JpaFrontierRepository extends JpaCrudRepository<FrontierEntry, FrontierEntryId, FrontierEntryEntity>
        implements FrontierRepository {
    static final FieldWhitelist<FrontierEntry> FIELDS = FieldWhitelist.of(FrontierEntry.class)
            .id(FrontierEntryField.ID, "id", FrontierEntryId::value, FrontierEntryId::new)
            .id(FrontierEntryField.PORTAL_ID, "portalId", PortalId::value, PortalId::new)
            .plain(FrontierEntryField.CANONICAL_URL, "canonicalUrl")
            .plain(FrontierEntryField.STATUS, "status")
            .plain(FrontierEntryField.ATTEMPTS, "attempts")
            .id(FrontierEntryField.LEASED_BY, "leasedBy", IngestRunId::value, IngestRunId::new)
            .plain(FrontierEntryField.UPDATED_AT, "updatedAt")
            .build();
    private static final AggregateMapping<FrontierEntry, FrontierEntryId, FrontierEntryEntity> MAPPING = new AggregateMapping<>(
            "FrontierEntry", FrontierEntryEntity.class, EntityMappers.FRONTIER, FIELDS, FrontierEntry::id, FrontierEntryId::value);
    private static final String COLUMNS = "id, portal_id, source_id, canonical_url, url, title, published_at, categories,"
            + " status, attempts, available_at, leased_by, lease_until, discovered_at, updated_at, last_error";

    private final NativeStatements sql;
    private final String table;
    private final int batchSize;

    JpaFrontierRepository(Session session, NativeStatements sql, int batchSize) {
        super(session, MAPPING);
        this.sql = sql;
        this.table = sql.names().frontier();
        this.batchSize = batchSize;
    }

    @Override
    public int enqueue(List<FrontierEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty()) {
            return 0;
        }
        // a finished entry listed again is pending work again; pending, leased and failed ones stay
        String statement = "insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, null, null, ?, ?, null)"
                + " on conflict (portal_id, canonical_url) do update set source_id = excluded.source_id, url = excluded.url,"
                + " title = excluded.title, published_at = excluded.published_at, categories = excluded.categories,"
                + " status = 'PENDING', attempts = 0, available_at = excluded.available_at, updated_at = excluded.updated_at,"
                + " last_error = null where " + table + ".status = 'DONE'";
        SequenceIds ids = new SequenceIds(session, FrontierEntryEntity.class);
        return sql.run("enqueueing " + entries.size() + " frontier entries", c -> {
            int[] changed = {0};
            sql.batch(c, statement, entries, batchSize, (connection, ps, e) -> {
                ps.setLong(1, ids.next());
                ps.setLong(2, e.portalId().value());
                setId(ps, 3, e.sourceId() == null ? null : e.sourceId().value());
                ps.setString(4, e.canonicalUrl());
                ps.setString(5, e.url());
                ps.setString(6, e.title());
                NativeStatements.setInstant(ps, 7, e.publishedAt());
                ps.setArray(8, connection.createArrayOf("text", e.categories().toArray(String[]::new)));
                NativeStatements.setInstant(ps, 9, e.availableAt());
                NativeStatements.setInstant(ps, 10, e.discoveredAt());
                NativeStatements.setInstant(ps, 11, e.updatedAt());
                changed[0]++;
            });
            return changed[0];
        });
    }

    @Override
    public List<FrontierEntry> claim(PortalId portalId, IngestRunId runId, Instant now, Duration lease, int limit,
                                     int maxAttempts) {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(runId, "runId");
        String giveUp = "update " + table + " set status = 'FAILED', leased_by = null, lease_until = null, updated_at = ?,"
                + " last_error = 'lease ended ' || attempts || ' times without the article being stored'"
                + " where portal_id = ? and status = 'LEASED' and lease_until <= ? and attempts >= ?";
        // rows another transaction holds are skipped, so processes sharing the frontier take different entries
        String take = "with picked as (select id from " + table + " where portal_id = ?"
                + " and ((status = 'PENDING' and available_at <= ?) or (status = 'LEASED' and lease_until <= ?))"
                + " order by published_at desc nulls last, id limit ? for update skip locked)"
                + " update " + table + " f set status = 'LEASED', attempts = f.attempts + 1, leased_by = ?, lease_until = ?,"
                + " updated_at = ? from picked where f.id = picked.id returning " + prefixed("f.");
        return sql.run("claiming frontier entries of portal " + portalId, c -> {
            try (PreparedStatement ps = c.prepareStatement(giveUp)) {
                NativeStatements.setInstant(ps, 1, now);
                ps.setLong(2, portalId.value());
                NativeStatements.setInstant(ps, 3, now);
                ps.setInt(4, maxAttempts);
                sql.slowLog().time(giveUp, ps::executeUpdate);
            }
            List<FrontierEntry> claimed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(take)) {
                ps.setLong(1, portalId.value());
                NativeStatements.setInstant(ps, 2, now);
                NativeStatements.setInstant(ps, 3, now);
                ps.setInt(4, limit);
                ps.setLong(5, runId.value());
                NativeStatements.setInstant(ps, 6, now.plus(lease));
                NativeStatements.setInstant(ps, 7, now);
                try (ResultSet rs = sql.slowLog().time(take, ps::executeQuery)) {
                    while (rs.next()) {
                        claimed.add(entry(rs));
                    }
                }
            }
            claimed.sort(Comparator.comparing(FrontierEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(e -> e.id().value()));
            return claimed;
        });
    }

    @Override
    public void complete(List<FrontierEntryId> ids, Instant now) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return;
        }
        String statement = "update " + table + " set status = 'DONE', leased_by = null, lease_until = null, updated_at = ?,"
                + " last_error = null where id = any(?)";
        sql.run("completing " + ids.size() + " frontier entries", c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                NativeStatements.setInstant(ps, 1, now);
                ps.setArray(2, c.createArrayOf("bigint", ids.stream().map(FrontierEntryId::value).toArray(Long[]::new)));
                return sql.slowLog().time(statement, ps::executeUpdate);
            }
        });
    }

    @Override
    public void retryLater(FrontierEntryId id, String reason, Instant retryAt, int maxAttempts, Instant now) {
        Objects.requireNonNull(id, "id");
        String statement = "update " + table + " set status = case when attempts >= ? then 'FAILED' else 'PENDING' end,"
                + " available_at = ?, leased_by = null, lease_until = null, updated_at = ?, last_error = ? where id = ?";
        sql.run("rescheduling frontier entry " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setInt(1, maxAttempts);
                NativeStatements.setInstant(ps, 2, retryAt);
                NativeStatements.setInstant(ps, 3, now);
                ps.setString(4, reason);
                ps.setLong(5, id.value());
                return sql.slowLog().time(statement, ps::executeUpdate);
            }
        });
    }

    @Override
    public int release(IngestRunId runId, Instant now, int maxAttempts) {
        Objects.requireNonNull(runId, "runId");
        String statement = "update " + table + " set status = case when attempts >= ? then 'FAILED' else 'PENDING' end,"
                + " available_at = ?, leased_by = null, lease_until = null, updated_at = ?,"
                + " last_error = case when attempts >= ? then 'its run ended ' || attempts || ' times before the article was stored'"
                + " else last_error end where leased_by = ? and status = 'LEASED'";
        return sql.run("giving back the frontier leases of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setInt(1, maxAttempts);
                NativeStatements.setInstant(ps, 2, now);
                NativeStatements.setInstant(ps, 3, now);
                ps.setInt(4, maxAttempts);
                ps.setLong(5, runId.value());
                return sql.slowLog().time(statement, ps::executeUpdate);
            }
        });
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }

    private static FrontierEntry entry(ResultSet rs) throws SQLException {
        long source = rs.getLong(3);
        FeedId sourceId = rs.wasNull() ? null : new FeedId(source);
        long leasedBy = rs.getLong(12);
        IngestRunId runId = rs.wasNull() ? null : new IngestRunId(leasedBy);
        return new FrontierEntry(new FrontierEntryId(rs.getLong(1)), new PortalId(rs.getLong(2)), sourceId, rs.getString(4),
                rs.getString(5), rs.getString(6), NativeStatements.instant(rs, 7), NativeStatements.texts(rs, 8),
                FrontierStatus.valueOf(rs.getString(9)), rs.getInt(10), NativeStatements.instant(rs, 11), runId,
                NativeStatements.instant(rs, 13), NativeStatements.instant(rs, 14), NativeStatements.instant(rs, 15),
                rs.getString(16));
    }

    private static void setId(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
