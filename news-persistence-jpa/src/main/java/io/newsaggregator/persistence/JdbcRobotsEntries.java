package io.newsaggregator.persistence;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.model.RobotsEntry;
import io.newsaggregator.domain.port.out.RobotsEntries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link RobotsEntries} on the {@code robots_entry} table. Claiming is one upsert whose update only
 * happens while the row is expired and unclaimed (or its claim's lease is over), so of concurrent
 * workers exactly one gets it (the row lock orders them).
 */
final class JdbcRobotsEntries implements RobotsEntries {
    private static final String COLUMNS = "origin, kind, status, body, content_type, final_url, failure, failure_text,"
            + " fetched_at, expires_at";

    private final DataSource dataSource;
    private final TableNames names;
    private final String holder;

    JdbcRobotsEntries(DataSource dataSource, TableNames names, String holder) {
        this.dataSource = dataSource;
        this.names = names;
        this.holder = holder;
    }

    @Override
    public Optional<RobotsEntry> find(String origin) {
        return Jdbc.work(dataSource, "reading the robots.txt of " + origin, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from " + names.table("robots_entry")
                    + " where origin = ? and kind is not null")) {
                ps.setString(1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean tryClaim(String origin, Instant now, Duration leaseFor) {
        return Jdbc.work(dataSource, "claiming the robots.txt fetch of " + origin, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + names.table("robots_entry")
                    + " as r (origin, claimed_by, claim_until, updated_at) values (?, ?, ?, ?)"
                    + " on conflict (origin) do update set claimed_by = excluded.claimed_by,"
                    + " claim_until = excluded.claim_until, updated_at = excluded.updated_at"
                    + " where (r.expires_at is null or r.expires_at <= excluded.updated_at)"
                    + " and (r.claim_until is null or r.claim_until <= excluded.updated_at)"
                    + " returning origin")) {
                ps.setString(1, origin);
                ps.setString(2, holder);
                ps.setTimestamp(3, Timestamp.from(now.plus(leaseFor)));
                ps.setTimestamp(4, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void save(RobotsEntry entry) {
        Jdbc.work(dataSource, "storing the robots.txt of " + entry.origin(), c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + names.table("robots_entry") + " (" + COLUMNS
                    + ", claimed_by, claim_until, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?)"
                    + " on conflict (origin) do update set kind = excluded.kind, status = excluded.status,"
                    + " body = excluded.body, content_type = excluded.content_type, final_url = excluded.final_url,"
                    + " failure = excluded.failure, failure_text = excluded.failure_text, fetched_at = excluded.fetched_at,"
                    + " expires_at = excluded.expires_at, claimed_by = null, claim_until = null, updated_at = excluded.updated_at")) {
                ps.setString(1, entry.origin());
                ps.setString(2, entry.kind().name());
                if (entry.status() == null) {
                    ps.setNull(3, Types.INTEGER);
                } else {
                    ps.setInt(3, entry.status());
                }
                ps.setBytes(4, entry.body());
                ps.setString(5, entry.contentType());
                ps.setString(6, entry.finalUrl());
                ps.setString(7, entry.failure() == null ? null : entry.failure().name());
                ps.setString(8, entry.failureText());
                ps.setTimestamp(9, Timestamp.from(entry.fetchedAt()));
                ps.setTimestamp(10, Timestamp.from(entry.expiresAt()));
                ps.setTimestamp(11, Timestamp.from(entry.fetchedAt()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void release(String origin) {
        Jdbc.work(dataSource, "giving back the robots.txt fetch of " + origin, c -> {
            try (PreparedStatement ps = c.prepareStatement("update " + names.table("robots_entry")
                    + " set claimed_by = null, claim_until = null where origin = ? and claimed_by = ?")) {
                ps.setString(1, origin);
                ps.setString(2, holder);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static RobotsEntry row(ResultSet rs) throws SQLException {
        int code = rs.getInt(3);
        Integer status = rs.wasNull() ? null : code;
        String failure = rs.getString(7);
        return new RobotsEntry(rs.getString(1), RobotsEntry.Kind.valueOf(rs.getString(2)), status,
                rs.getBytes(4), rs.getString(5), rs.getString(6), failure == null ? null : FetchException.Reason.valueOf(failure),
                rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant());
    }
}
