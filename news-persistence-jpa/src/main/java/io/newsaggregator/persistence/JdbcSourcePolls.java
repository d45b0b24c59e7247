package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.PollOutcome;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.port.out.SourcePolls;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link SourcePolls} on the {@code source_poll} table, in plain JDBC (the fleet's scheduler needs no session factory). */
final class JdbcSourcePolls implements SourcePolls {
    private static final String COLUMNS = "source_id, next_poll_at, interval_millis, last_poll_at, last_outcome, last_new_articles";

    private final DataSource dataSource;
    private final TableNames names;

    JdbcSourcePolls(DataSource dataSource, TableNames names) {
        this.dataSource = dataSource;
        this.names = names;
    }

    @Override
    public Optional<SourcePoll> find(FeedId sourceId) {
        return Jdbc.work(dataSource, "reading the poll schedule of source " + sourceId.value(), c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from " + names.table("source_poll")
                    + " where source_id = ?")) {
                ps.setLong(1, sourceId.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<SourcePoll> all() {
        return Jdbc.work(dataSource, "reading the poll schedules", c -> {
            List<SourcePoll> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from " + names.table("source_poll")
                    + " order by next_poll_at, source_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(row(rs));
                }
            }
            return all;
        });
    }

    @Override
    public Optional<Instant> soonestNextPoll() {
        return Jdbc.work(dataSource, "reading the soonest poll", c -> {
            try (PreparedStatement ps = c.prepareStatement("select min(next_poll_at) from " + names.table("source_poll"));
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp soonest = rs.getTimestamp(1);
                return soonest == null ? Optional.<Instant>empty() : Optional.of(soonest.toInstant());
            }
        });
    }

    @Override
    public void save(SourcePoll poll, Instant now) {
        Jdbc.work(dataSource, "storing the poll schedule of source " + poll.sourceId().value(), c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + names.table("source_poll") + " (" + COLUMNS
                    + ", updated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (source_id) do update set"
                    + " next_poll_at = excluded.next_poll_at, interval_millis = excluded.interval_millis,"
                    + " last_poll_at = excluded.last_poll_at, last_outcome = excluded.last_outcome,"
                    + " last_new_articles = excluded.last_new_articles, updated_at = excluded.updated_at")) {
                ps.setLong(1, poll.sourceId().value());
                ps.setTimestamp(2, Timestamp.from(poll.nextPollAt()));
                ps.setLong(3, poll.interval().toMillis());
                if (poll.lastPollAt() == null) {
                    ps.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setTimestamp(4, Timestamp.from(poll.lastPollAt()));
                }
                ps.setString(5, poll.lastOutcome() == null ? null : poll.lastOutcome().name());
                ps.setInt(6, poll.lastNewArticles());
                ps.setTimestamp(7, Timestamp.from(now));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static SourcePoll row(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp(4);
        String outcome = rs.getString(5);
        return new SourcePoll(FeedId.of(rs.getLong(1)), rs.getTimestamp(2).toInstant(), Duration.ofMillis(rs.getLong(3)),
                last == null ? null : last.toInstant(), outcome == null ? null : PollOutcome.valueOf(outcome), rs.getInt(6));
    }
}
