package io.newsaggregator.persistence;

import io.newsaggregator.domain.port.out.HostSlots;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@link HostSlots} on the {@code host_slot} table. Taking is one upsert whose update only happens
 * while the slot is free and due, so of concurrent workers exactly one gets it (the row lock
 * orders them); the others read when to look again.
 */
final class JdbcHostSlots implements HostSlots {
    /** How soon a worker looks again at a slot another one holds. */
    private static final Duration HELD_RETRY = Duration.ofMillis(50);

    private final DataSource dataSource;
    private final TableNames names;
    private final String holder;

    JdbcHostSlots(DataSource dataSource, TableNames names, String holder) {
        this.dataSource = dataSource;
        this.names = names;
        this.holder = holder;
    }

    @Override
    public Instant tryTake(String host, Instant now, Duration leaseFor) {
        String table = names.table("host_slot");
        return Jdbc.work(dataSource, "taking the request slot of " + host, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + table + " as s (host, next_free_at, held_by, lease_until, updated_at)"
                    + " values (?, ?, ?, ?, ?) on conflict (host) do update set held_by = excluded.held_by,"
                    + " lease_until = excluded.lease_until, updated_at = excluded.updated_at"
                    + " where s.next_free_at <= excluded.updated_at and (s.lease_until is null or s.lease_until <= excluded.updated_at)"
                    + " returning host")) {
                Timestamp at = Timestamp.from(now);
                ps.setString(1, host);
                ps.setTimestamp(2, at);
                ps.setString(3, holder);
                ps.setTimestamp(4, Timestamp.from(now.plus(leaseFor)));
                ps.setTimestamp(5, at);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select next_free_at, lease_until from " + table + " where host = ?")) {
                ps.setString(1, host);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return now;
                    }
                    Instant due = rs.getTimestamp(1).toInstant();
                    Timestamp lease = rs.getTimestamp(2);
                    boolean held = lease != null && lease.toInstant().isAfter(now);
                    return held ? now.plus(HELD_RETRY) : due;
                }
            }
        });
    }

    @Override
    public void giveBack(String host, Instant now, Duration interval) {
        Jdbc.work(dataSource, "giving back the request slot of " + host, c -> {
            try (PreparedStatement ps = c.prepareStatement("update " + names.table("host_slot") + " set held_by = null, lease_until = null,"
                    + " next_free_at = ?, updated_at = ? where host = ? and held_by = ?")) {
                ps.setTimestamp(1, Timestamp.from(now.plus(interval)));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, host);
                ps.setString(4, holder);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
