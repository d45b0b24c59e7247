package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.UpsertOutcome;
import io.newsaggregator.domain.model.UpsertResult;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk path for articles: per chunk one locking lookup by (portal, canonical URL), then batched
 * native inserts for new articles, one set-based insert of revisions holding the old content plus
 * batched updates for changed ones, and one set-based update of last-seen times for unchanged ones.
 */
final class ArticleUpserter {
    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(ArticleUpserter.class);

    private final Session session;
    private final NativeStatements statements;
    private final TableNames names;
    private final int batchSize;
    private final SlowStatementLog slowLog;

    ArticleUpserter(Session session, NativeStatements statements, int batchSize) {
        this.session = session;
        this.statements = statements;
        this.names = statements.names();
        this.batchSize = batchSize;
        this.slowLog = statements.slowLog();
    }

    private record Key(long portalId, String canonicalUrl) {
        static Key of(Article a) {
            return new Key(a.portalId().value(), a.canonicalUrl());
        }
    }

    private record Existing(long id, String contentHash) {
    }

    List<UpsertResult> upsertAll(List<Article> articles) {
        session.flush(); // pending ORM changes must reach the database before native statements read it
        UpsertResult[] results = new UpsertResult[articles.size()];
        List<Integer> pending = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            pending.add(i);
        }
        while (!pending.isEmpty()) {
            // the same article twice in one call: the later copy is upserted after the earlier one
            Map<Key, Integer> firsts = new LinkedHashMap<>();
            List<Integer> later = new ArrayList<>();
            for (int index : pending) {
                if (firsts.putIfAbsent(Key.of(articles.get(index)), index) != null) {
                    later.add(index);
                }
            }
            List<Integer> unique = new ArrayList<>(firsts.values());
            for (int from = 0; from < unique.size(); from += CHUNK) {
                upsertChunk(articles, unique.subList(from, Math.min(unique.size(), from + CHUNK)), results);
            }
            pending = later;
        }
        // native writes bypass the session: drop entities it may hold of the rows we changed
        session.clear();
        return List.of(results);
    }

    private void upsertChunk(List<Article> articles, List<Integer> indexes, UpsertResult[] results) {
        Map<Key, Existing> existing = session.doReturningWork(c -> lockExisting(c, articles, indexes));
        List<Integer> inserts = new ArrayList<>();
        List<Integer> changes = new ArrayList<>();
        List<Integer> unchanged = new ArrayList<>();
        for (int index : indexes) {
            Existing found = existing.get(Key.of(articles.get(index)));
            if (found == null) {
                inserts.add(index);
            } else if (found.contentHash().equals(articles.get(index).contentHash())) {
                unchanged.add(index);
            } else {
                changes.add(index);
            }
        }
        long[] newIds = allocate(inserts.size(), ArticleEntity.class);
        long[] revisionIds = allocate(changes.size(), ArticleRevisionEntity.class);
        List<Integer> lostRaces = session.doReturningWork(c -> {
            List<Integer> lost = insert(c, articles, inserts, newIds, results);
            if (!changes.isEmpty()) {
                keepRevisions(c, articles, changes, existing, revisionIds);
                updateContent(c, articles, changes, existing, results);
            }
            if (!unchanged.isEmpty()) {
                touch(c, articles, unchanged, existing, results);
            }
            return lost;
        });
        if (!lostRaces.isEmpty()) {
            log.debug("{} of {} new articles were inserted meanwhile by another transaction; upserting them again",
                    lostRaces.size(), inserts.size());
            // another process inserted some of these keys since our lookup: they exist now, upsert again
            upsertChunk(articles, lostRaces, results);
        }
    }

    private Map<Key, Existing> lockExisting(Connection c, List<Article> articles, List<Integer> indexes) throws SQLException {
        Long[] portals = new Long[indexes.size()];
        String[] urls = new String[indexes.size()];
        for (int i = 0; i < indexes.size(); i++) {
            Article a = articles.get(indexes.get(i));
            portals[i] = a.portalId().value();
            urls[i] = a.canonicalUrl();
        }
        String sql = "select a.id, a.portal_id, a.canonical_url, a.content_hash from " + names.article() + " a"
                + " join unnest(?::bigint[], ?::text[]) as k(portal_id, canonical_url)"
                + " on a.portal_id = k.portal_id and a.canonical_url = k.canonical_url"
                + " order by a.id for update of a";
        Map<Key, Existing> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", portals));
            ps.setArray(2, c.createArrayOf("text", urls));
            try (ResultSet rs = slowLog.time(sql, ps::executeQuery)) {
                while (rs.next()) {
                    found.put(new Key(rs.getLong(2), rs.getString(3)), new Existing(rs.getLong(1), rs.getString(4)));
                }
            }
        }
        return found;
    }

    private List<Integer> insert(Connection c, List<Article> articles, List<Integer> inserts, long[] ids,
                                 UpsertResult[] results) throws SQLException {
        if (inserts.isEmpty()) {
            return List.of();
        }
        String sql = "insert into " + names.article() + " (id, portal_id, canonical_url, url, title, authors,"
                + " published_at, modified_at, section, language, lead, body_text, image_url, content_hash,"
                + " discovered_via, first_seen_at, last_seen_at, revision)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                + " on conflict (portal_id, canonical_url) do nothing";
        List<Integer> rows = new ArrayList<>(inserts.size());
        for (int i = 0; i < inserts.size(); i++) {
            rows.add(i);
        }
        statements.batch(c, sql, rows, batchSize, (connection, ps, i) -> {
            Article a = articles.get(inserts.get(i));
            ps.setLong(1, ids[i]);
            ps.setLong(2, a.portalId().value());
            ps.setString(3, a.canonicalUrl());
            bindContent(connection, ps, 4, a);
            // first seen is now, whatever the argument says
            NativeStatements.setInstant(ps, 16, a.lastSeenAt());
            NativeStatements.setInstant(ps, 17, a.lastSeenAt());
        });
        Set<Long> stored = storedIds(c, ids);
        List<Integer> lost = new ArrayList<>();
        for (int i = 0; i < inserts.size(); i++) {
            int index = inserts.get(i);
            if (stored.contains(ids[i])) {
                results[index] = new UpsertResult(ArticleId.of(ids[i]), articles.get(index).canonicalUrl(),
                        UpsertOutcome.INSERTED);
            } else {
                lost.add(index);
            }
        }
        return lost;
    }

    /** Which of our new ids made it in; ON CONFLICT DO NOTHING skips rows a concurrent insert got to first. */
    private Set<Long> storedIds(Connection c, long[] ids) throws SQLException {
        Long[] boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        Set<Long> stored = new HashSet<>(ids.length * 2);
        try (PreparedStatement ps = c.prepareStatement("select id from " + names.article() + " where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", boxed));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
        }
        return stored;
    }

    /** Copies the current (old) content of each changed article into a revision, in one statement. */
    private void keepRevisions(Connection c, List<Article> articles, List<Integer> changes, Map<Key, Existing> existing,
                               long[] revisionIds) throws SQLException {
        Long[] articleIds = new Long[changes.size()];
        Long[] newIds = new Long[changes.size()];
        String[] capturedAt = new String[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            Article a = articles.get(changes.get(i));
            articleIds[i] = existing.get(Key.of(a)).id();
            newIds[i] = revisionIds[i];
            capturedAt[i] = a.lastSeenAt().toString();
        }
        String sql = "insert into " + names.articleRevision()
                + " (id, article_id, revision, title, lead, body_text, content_hash, captured_at)"
                + " select u.revision_id, a.id, a.revision, a.title, a.lead, a.body_text, a.content_hash, u.captured_at"
                + " from " + names.article() + " a"
                + " join unnest(?::bigint[], ?::bigint[], ?::text[]::timestamptz[]) as u(article_id, revision_id, captured_at)"
                + " on a.id = u.article_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", articleIds));
            ps.setArray(2, c.createArrayOf("bigint", newIds));
            ps.setArray(3, c.createArrayOf("text", capturedAt));
            slowLog.time(sql, ps::executeUpdate);
        }
    }

    private void updateContent(Connection c, List<Article> articles, List<Integer> changes, Map<Key, Existing> existing,
                               UpsertResult[] results) throws SQLException {
        String sql = "update " + names.article() + " set url = ?, title = ?, authors = ?, published_at = ?,"
                + " modified_at = ?, section = ?, language = ?, lead = ?, body_text = ?, image_url = ?,"
                + " content_hash = ?, discovered_via = coalesce(discovered_via, ?),"
                + " last_seen_at = greatest(last_seen_at, ?), revision = revision + 1,"
                + " search_terms = null where id = ?";
        statements.batch(c, sql, changes, batchSize, (connection, ps, index) -> {
            Article a = articles.get(index);
            bindContent(connection, ps, 1, a);
            NativeStatements.setInstant(ps, 13, a.lastSeenAt());
            ps.setLong(14, existing.get(Key.of(a)).id());
        });
        for (int index : changes) {
            Article a = articles.get(index);
            results[index] = new UpsertResult(ArticleId.of(existing.get(Key.of(a)).id()), a.canonicalUrl(),
                    UpsertOutcome.UPDATED);
        }
    }

    private void touch(Connection c, List<Article> articles, List<Integer> unchanged, Map<Key, Existing> existing,
                       UpsertResult[] results) throws SQLException {
        Long[] ids = new Long[unchanged.size()];
        String[] seen = new String[unchanged.size()];
        for (int i = 0; i < unchanged.size(); i++) {
            int index = unchanged.get(i);
            Article a = articles.get(index);
            ids[i] = existing.get(Key.of(a)).id();
            seen[i] = a.lastSeenAt().toString();
            results[index] = new UpsertResult(ArticleId.of(ids[i]), a.canonicalUrl(), UpsertOutcome.UNCHANGED);
        }
        String sql = "update " + names.article() + " a set last_seen_at = greatest(a.last_seen_at, u.seen)"
                + " from unnest(?::bigint[], ?::text[]::timestamptz[]) as u(id, seen) where a.id = u.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Array idArray = c.createArrayOf("bigint", ids);
            ps.setArray(1, idArray);
            ps.setArray(2, c.createArrayOf("text", seen));
            slowLog.time(sql, ps::executeUpdate);
        }
    }

    private long[] allocate(int count, Class<?> entityClass) {
        long[] ids = new long[count];
        if (count > 0) {
            SequenceIds sequence = new SequenceIds(session, entityClass);
            for (int i = 0; i < count; i++) {
                ids[i] = sequence.next();
            }
        }
        return ids;
    }

    /**
     * Binds url, title, authors, published, modified, section, language, lead, body, image, content
     * hash and discovering feed, in that order, from parameter {@code first} on.
     */
    private static void bindContent(Connection c, PreparedStatement ps, int first, Article a) throws SQLException {
        int i = first;
        ps.setString(i++, a.url());
        ps.setString(i++, a.title());
        ps.setArray(i++, c.createArrayOf("text", a.authors().toArray()));
        NativeStatements.setInstant(ps, i++, a.publishedAt());
        NativeStatements.setInstant(ps, i++, a.modifiedAt());
        ps.setString(i++, a.section());
        ps.setString(i++, a.language());
        ps.setString(i++, a.lead());
        ps.setString(i++, a.bodyText());
        ps.setString(i++, a.imageUrl());
        ps.setString(i++, a.contentHash());
        if (a.discoveredVia() == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, a.discoveredVia().value());
        }
    }
}
