package io.newsaggregator.persistence;

import io.newsaggregator.domain.port.out.HostSlots;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@link HostSlots} on the {@code host_slot} table: one upsert per request moves the host's
 * {@code next_free_at} on by the interval and returns it, under the row's lock, so that concurrent
 * workers get consecutive slots and never the same one.
 */
final class JdbcHostSlots implements HostSlots {
    private final DataSource dataSource;
    private final TableNames names;
    private final String holder;

    JdbcHostSlots(DataSource dataSource, TableNames names, String holder) {
        this.dataSource = dataSource;
        this.names = names;
        this.holder = holder;
    }

    @Override
    public Instant reserve(String host, Duration interval, Instant now) {
        String table = names.table("host_slot");
        return Jdbc.work(dataSource, "reserving a request slot for " + host, c -> {
            // a new host's first slot starts now; otherwise at the later of now and the end of the last slot
            try (PreparedStatement ps = c.prepareStatement("insert into " + table + " as s (host, next_free_at, reserved_by, updated_at)"
                    + " values (?, ?, ?, ?) on conflict (host) do update set"
                    + " next_free_at = greatest(s.next_free_at, excluded.updated_at) + (excluded.next_free_at - excluded.updated_at),"
                    + " reserved_by = excluded.reserved_by, updated_at = excluded.updated_at returning next_free_at")) {
                ps.setString(1, host);
                ps.setTimestamp(2, Timestamp.from(now.plus(interval)));
                ps.setString(3, holder);
                ps.setTimestamp(4, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getTimestamp(1).toInstant().minus(interval);
                }
            }
        });
    }
}
