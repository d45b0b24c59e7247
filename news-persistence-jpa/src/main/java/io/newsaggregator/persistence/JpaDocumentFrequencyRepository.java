package io.newsaggregator.persistence;

import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.port.out.DocumentFrequencyRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Document frequencies as one upsert over an array of keys per analysed document, and the document
 * count in a one-row table moved in the same transaction.
 */
final class JpaDocumentFrequencyRepository implements DocumentFrequencyRepository {
    private final NativeStatements sql;

    JpaDocumentFrequencyRepository(NativeStatements sql) {
        this.sql = sql;
    }

    @Override
    public void addDocument(Collection<String> keys, int delta) {
        Objects.requireNonNull(keys, "keys");
        keys.forEach(k -> Objects.requireNonNull(k, "key"));
        if (delta == 0) {
            return;
        }
        // sorted, so that concurrent writers lock rows in one order and cannot deadlock each other
        String[] sorted = new TreeSet<>(keys).toArray(String[]::new);
        String table = sql.names().table("document_frequency");
        String upsert = "insert into " + table + " as f (key, frequency) select k, ? from unnest(?::text[]) as k"
                + " on conflict (key) do update set frequency = f.frequency + excluded.frequency";
        // taking a document back never creates keys; keys that fall to zero are removed
        String decrement = "update " + table + " set frequency = frequency + ? where key = any(?)";
        String dropZeros = "delete from " + table + " where key = any(?) and frequency = 0";
        String moveCount = "update " + sql.names().table("corpus_stats") + " set document_count = document_count + ?"
                + " where id = 1";
        sql.run((delta > 0 ? "adding" : "taking back") + " a document with " + sorted.length + " phrase keys", c -> {
            if (sorted.length > 0) {
                int touched;
                try (PreparedStatement ps = c.prepareStatement(delta > 0 ? upsert : decrement)) {
                    ps.setLong(1, delta);
                    ps.setArray(2, c.createArrayOf("text", sorted));
                    touched = sql.slowLog().time(delta > 0 ? upsert : decrement, ps::executeUpdate);
                }
                if (touched < sorted.length) {
                    throw new DataIntegrityException("Taking back a document failed: " + (sorted.length - touched)
                            + " of its " + sorted.length + " phrase keys were never counted", null, null);
                }
                if (delta < 0) {
                    try (PreparedStatement ps = c.prepareStatement(dropZeros)) {
                        ps.setArray(1, c.createArrayOf("text", sorted));
                        ps.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(moveCount)) {
                ps.setLong(1, delta);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** At most four statements whatever the number of keys: additions, take-backs, emptied keys, document count. */
    @Override
    public void addCounts(Map<String, Long> keyDeltas, long documentDelta) {
        Objects.requireNonNull(keyDeltas, "keyDeltas");
        // sorted, so that concurrent writers lock rows in one order and cannot deadlock each other
        Map<String, Long> additions = new TreeMap<>();
        Map<String, Long> takeBacks = new TreeMap<>();
        keyDeltas.forEach((key, delta) -> {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(delta, "delta of " + key);
            if (delta > 0) {
                additions.put(key, delta);
            } else if (delta < 0) {
                takeBacks.put(key, delta);
            }
        });
        if (additions.isEmpty() && takeBacks.isEmpty() && documentDelta == 0) {
            return;
        }
        String table = sql.names().table("document_frequency");
        String upsert = "insert into " + table + " as f (key, frequency) select * from unnest(?::text[], ?::bigint[])"
                + " on conflict (key) do update set frequency = f.frequency + excluded.frequency";
        String decrement = "update " + table + " f set frequency = f.frequency + u.delta"
                + " from unnest(?::text[], ?::bigint[]) as u(key, delta) where f.key = u.key";
        String dropZeros = "delete from " + table + " where key = any(?) and frequency = 0";
        String moveCount = "update " + sql.names().table("corpus_stats") + " set document_count = document_count + ?"
                + " where id = 1";
        sql.run("moving the counts of " + (additions.size() + takeBacks.size()) + " phrase keys", c -> {
            if (!additions.isEmpty()) {
                bindAndRun(c, upsert, additions);
            }
            if (!takeBacks.isEmpty()) {
                int touched = bindAndRun(c, decrement, takeBacks);
                if (touched < takeBacks.size()) {
                    throw new DataIntegrityException("Taking back phrase keys failed: " + (takeBacks.size() - touched)
                            + " of " + takeBacks.size() + " keys were never counted", null, null);
                }
                try (PreparedStatement ps = c.prepareStatement(dropZeros)) {
                    ps.setArray(1, c.createArrayOf("text", takeBacks.keySet().toArray()));
                    sql.slowLog().time(dropZeros, ps::executeUpdate);
                }
            }
            if (documentDelta != 0) {
                try (PreparedStatement ps = c.prepareStatement(moveCount)) {
                    ps.setLong(1, documentDelta);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private int bindAndRun(Connection c, String statement, Map<String, Long> deltas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setArray(1, c.createArrayOf("text", deltas.keySet().toArray()));
            ps.setArray(2, c.createArrayOf("bigint", deltas.values().toArray()));
            return sql.slowLog().time(statement, ps::executeUpdate);
        }
    }

    @Override
    public long documentCount() {
        String statement = "select document_count from " + sql.names().table("corpus_stats") + " where id = 1";
        return sql.singleLong("reading the document count", statement);
    }

    @Override
    public Map<String, Long> frequencies(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        keys.forEach(k -> Objects.requireNonNull(k, "key"));
        if (keys.isEmpty()) {
            return Map.of();
        }
        String statement = "select key, frequency from " + sql.names().table("document_frequency")
                + " where key = any(?) and frequency > 0";
        return sql.run("reading document frequencies of " + keys.size() + " keys", c -> {
            Map<String, Long> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setArray(1, c.createArrayOf("text", keys.toArray()));
                try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return Map.copyOf(found);
        });
    }
}
