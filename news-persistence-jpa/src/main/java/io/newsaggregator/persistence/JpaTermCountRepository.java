package io.newsaggregator.persistence;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.analysis.WrittenForm;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.out.TermCountRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Daily term counts per portal (one table per {@link TimeBasis}) and the written forms of the
 * counted terms, each added by one array upsert per call. Articles per day are read from
 * the stored analyses, so they always agree with what was analysed.
 */
final class JpaTermCountRepository implements TermCountRepository {

    private record Key(String term, long portalId, LocalDate day) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::term)
            .thenComparingLong(Key::portalId).thenComparing(Key::day);

    /** One row per (term, text), sorted so concurrent writers lock in one order. */
    private static final Comparator<List<String>> FORM_ORDER = Comparator.<List<String>, String>comparing(k -> k.get(0))
            .thenComparing(k -> k.get(1));

    private final NativeStatements sql;

    JpaTermCountRepository(NativeStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(TimeBasis basis, List<TermDayCount> counts) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(counts, "counts");
        counts.forEach(c -> Objects.requireNonNull(c, "count"));
        if (counts.isEmpty()) {
            return;
        }
        // one row per key (an upsert may not touch a row twice), sorted so concurrent writers lock in one order
        Map<Key, long[]> summed = new TreeMap<>(ORDER);
        for (TermDayCount c : counts) {
            long[] sums = summed.computeIfAbsent(new Key(c.term(), c.portalId().value(), c.day()), k -> new long[2]);
            sums[0] += c.count();
            sums[1] += c.docCount();
        }
        Map<Key, long[]> additions = new TreeMap<>(ORDER);
        Map<Key, long[]> takeBacks = new TreeMap<>(ORDER);
        summed.forEach((key, sums) -> (sums[0] < 0 || sums[1] < 0 ? takeBacks : additions).put(key, sums));
        String table = table(basis);
        String unnest = "unnest(?::text[], ?::bigint[], ?::text[]::date[], ?::bigint[], ?::bigint[])";
        String upsert = "insert into " + table + " as t (term, portal_id, day, count, doc_count)"
                + " select * from " + unnest
                + " on conflict (term, portal_id, day) do update"
                + " set count = t.count + excluded.count, doc_count = t.doc_count + excluded.doc_count";
        // an insert checks its row before it meets the conflict, so taking back is a plain update
        String takeBack = "update " + table + " t set count = t.count + u.c, doc_count = t.doc_count + u.d"
                + " from " + unnest + " as u(term, portal_id, day, c, d)"
                + " where t.term = u.term and t.portal_id = u.portal_id and t.day = u.day";
        // counts taken back to nothing leave no row behind
        String dropEmpty = "delete from " + table + " t using " + unnest + " as u(term, portal_id, day, c, d)"
                + " where t.term = u.term and t.portal_id = u.portal_id and t.day = u.day"
                + " and t.count = 0 and t.doc_count = 0";
        sql.run("adding " + summed.size() + " daily term counts", c -> {
            if (!additions.isEmpty()) {
                bindAndRun(c, upsert, additions);
            }
            if (!takeBacks.isEmpty()) {
                int updated = bindAndRun(c, takeBack, takeBacks);
                if (updated < takeBacks.size()) {
                    throw new DataIntegrityException("Taking back daily term counts failed: " + (takeBacks.size() - updated)
                            + " of " + takeBacks.size() + " (term, portal, day) rows were never counted", null, null);
                }
                bindAndRun(c, dropEmpty, takeBacks);
            }
            return null;
        });
    }

    /** Counts by first-seen day, or by publication (else first-seen) day. */
    private String table(TimeBasis basis) {
        return sql.names().table(basis == TimeBasis.FIRST_SEEN ? "term_first_seen_day_count" : "term_day_count");
    }

    @Override
    public void addWrittenForms(List<WrittenForm> forms) {
        Objects.requireNonNull(forms, "forms");
        forms.forEach(f -> Objects.requireNonNull(f, "form"));
        if (forms.isEmpty()) {
            return;
        }
        Map<List<String>, Long> summed = new TreeMap<>(FORM_ORDER);
        forms.forEach(f -> summed.merge(List.of(f.term(), f.text()), f.count(), Long::sum));
        Map<List<String>, Long> additions = new TreeMap<>(FORM_ORDER);
        Map<List<String>, Long> takeBacks = new TreeMap<>(FORM_ORDER);
        summed.forEach((key, sum) -> {
            if (sum != 0) {
                (sum < 0 ? takeBacks : additions).put(key, sum);
            }
        });
        String table = sql.names().table("term_form");
        String unnest = "unnest(?::text[], ?::text[], ?::bigint[])";
        String upsert = "insert into " + table + " as t (term, text, count) select * from " + unnest
                + " on conflict (term, text) do update set count = t.count + excluded.count";
        String takeBack = "update " + table + " t set count = t.count + u.c from " + unnest + " as u(term, text, c)"
                + " where t.term = u.term and t.text = u.text";
        String dropEmpty = "delete from " + table + " t using " + unnest + " as u(term, text, c)"
                + " where t.term = u.term and t.text = u.text and t.count = 0";
        sql.run("adding " + summed.size() + " written forms of terms", c -> {
            if (!additions.isEmpty()) {
                bindForms(c, upsert, additions);
            }
            if (!takeBacks.isEmpty()) {
                int updated = bindForms(c, takeBack, takeBacks);
                if (updated < takeBacks.size()) {
                    throw new DataIntegrityException("Taking back written forms failed: " + (takeBacks.size() - updated)
                            + " of " + takeBacks.size() + " (term, text) rows were never counted", null, null);
                }
                bindForms(c, dropEmpty, takeBacks);
            }
            return null;
        });
    }

    @Override
    public Map<String, String> mostFrequentForms(Collection<String> terms) {
        Objects.requireNonNull(terms, "terms");
        terms.forEach(t -> Objects.requireNonNull(t, "term"));
        if (terms.isEmpty()) {
            return Map.of();
        }
        String statement = "select distinct on (term) term, text from " + sql.names().table("term_form")
                + " where term = any(?) and count > 0 order by term, count desc, text collate \"C\"";
        return sql.run("reading the written forms of " + terms.size() + " terms", c -> {
            Map<String, String> forms = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setArray(1, c.createArrayOf("text", terms.toArray()));
                try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                    while (rs.next()) {
                        forms.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return forms;
        });
    }

    private int bindForms(Connection c, String statement, Map<List<String>, Long> rows) throws SQLException {
        String[] terms = new String[rows.size()];
        String[] texts = new String[rows.size()];
        Long[] counts = new Long[rows.size()];
        int i = 0;
        for (Map.Entry<List<String>, Long> e : rows.entrySet()) {
            terms[i] = e.getKey().get(0);
            texts[i] = e.getKey().get(1);
            counts[i] = e.getValue();
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setArray(1, c.createArrayOf("text", terms));
            ps.setArray(2, c.createArrayOf("text", texts));
            ps.setArray(3, c.createArrayOf("bigint", counts));
            return sql.slowLog().time(statement, ps::executeUpdate);
        }
    }

    private int bindAndRun(Connection c, String statement, Map<Key, long[]> rows) throws SQLException {
        int size = rows.size();
        String[] terms = new String[size];
        Long[] portals = new Long[size];
        String[] days = new String[size];
        Long[] occurrences = new Long[size];
        Long[] documents = new Long[size];
        int i = 0;
        for (Map.Entry<Key, long[]> e : rows.entrySet()) {
            terms[i] = e.getKey().term();
            portals[i] = e.getKey().portalId();
            days[i] = e.getKey().day().toString();
            occurrences[i] = e.getValue()[0];
            documents[i] = e.getValue()[1];
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setArray(1, c.createArrayOf("text", terms));
            ps.setArray(2, c.createArrayOf("bigint", portals));
            ps.setArray(3, c.createArrayOf("text", days));
            ps.setArray(4, c.createArrayOf("bigint", occurrences));
            ps.setArray(5, c.createArrayOf("bigint", documents));
            return sql.slowLog().time(statement, ps::executeUpdate);
        }
    }

    @Override
    public List<TermDayCount> between(TimeBasis basis, LocalDate from, LocalDate to, PortalId portalOrNull) {
        requireRange(from, to);
        String statement = "select term, portal_id, day, count, doc_count from " + table(basis)
                + " where day between ? and ?" + (portalOrNull == null ? "" : " and portal_id = ?")
                + " order by day, portal_id, term";
        return sql.run("reading daily term counts of " + from + ".." + to, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                if (portalOrNull != null) {
                    ps.setLong(3, portalOrNull.value());
                }
                return read(ps, statement);
            }
        });
    }

    @Override
    public List<TermDayCount> ofTerms(TimeBasis basis, List<String> terms, LocalDate from, LocalDate to) {
        Objects.requireNonNull(terms, "terms");
        terms.forEach(t -> Objects.requireNonNull(t, "term"));
        requireRange(from, to);
        if (terms.isEmpty()) {
            return List.of();
        }
        String statement = "select term, portal_id, day, count, doc_count from " + table(basis)
                + " where term = any(?) and day between ? and ? order by day, portal_id, term";
        return sql.run("reading daily counts of " + terms.size() + " terms over " + from + ".." + to, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setArray(1, c.createArrayOf("text", terms.toArray()));
                ps.setObject(2, from);
                ps.setObject(3, to);
                return read(ps, statement);
            }
        });
    }

    @Override
    public Map<PortalId, Map<LocalDate, Long>> articlesPerDay(TimeBasis basis, LocalDate from, LocalDate to) {
        Objects.requireNonNull(basis, "basis");
        requireRange(from, to);
        String time = basis == TimeBasis.PUBLISHED ? "coalesce(a.published_at, a.first_seen_at)" : "a.first_seen_at";
        // a range on the indexed expression rather than on the derived day, so the index serves it
        String statement = "select a.portal_id, (" + time + " at time zone 'UTC')::date as day, count(*) from "
                + sql.names().article() + " a"
                + " join " + sql.names().table("article_analysis") + " x on x.article_id = a.id"
                + " where " + time + " >= (?::date)::timestamp at time zone 'UTC'"
                + " and " + time + " < (?::date + 1)::timestamp at time zone 'UTC'"
                + " group by 1, 2";
        return sql.run("counting analysed articles per day over " + from + ".." + to, c -> {
            Map<PortalId, Map<LocalDate, Long>> perPortal = new TreeMap<>(Comparator.comparingLong(PortalId::value));
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                    while (rs.next()) {
                        perPortal.computeIfAbsent(new PortalId(rs.getLong(1)), p -> new TreeMap<>())
                                .put(rs.getObject(2, LocalDate.class), rs.getLong(3));
                    }
                }
            }
            return perPortal;
        });
    }

    private List<TermDayCount> read(PreparedStatement ps, String statement) throws SQLException {
        List<TermDayCount> found = new ArrayList<>();
        try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
            while (rs.next()) {
                found.add(new TermDayCount(rs.getString(1), new PortalId(rs.getLong(2)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5)));
            }
        }
        return found;
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
    }
}
