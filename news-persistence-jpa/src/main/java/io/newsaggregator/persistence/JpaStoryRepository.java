package io.newsaggregator.persistence;

import static io.newsaggregator.persistence.NativeStatements.instant;
import static io.newsaggregator.persistence.NativeStatements.setInstant;
import static io.newsaggregator.persistence.NativeStatements.texts;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.StoryRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stories with their per-portal coverage, memberships and the clusterer's state. Saving a story
 * upserts its row and replaces its coverage rows; memberships copy portal and time from the article.
 */
final class JpaStoryRepository implements StoryRepository {
    private static final String STORY_COLUMNS =
            "s.key, s.label, s.top_terms, s.first_portal_id, s.first_seen_at, s.last_seen_at, s.article_count";

    private final NativeStatements sql;
    private final int batchSize;

    JpaStoryRepository(NativeStatements sql, int batchSize) {
        this.sql = sql;
        this.batchSize = batchSize;
    }

    @Override
    public void saveAll(Collection<Story> stories) {
        Objects.requireNonNull(stories, "stories");
        stories.forEach(s -> Objects.requireNonNull(s, "story"));
        if (stories.isEmpty()) {
            return;
        }
        Map<String, Story> byKey = new LinkedHashMap<>();
        stories.forEach(s -> byKey.put(s.storyKey(), s));
        sql.run("saving " + byKey.size() + " stories", c -> {
            upsertStories(c, byKey.values());
            replaceCoverage(c, byKey);
            return null;
        });
    }

    private void upsertStories(Connection c, Collection<Story> stories) throws SQLException {
        String statement = "insert into " + sql.names().table("story") + " (key, label, top_terms, first_portal_id,"
                + " first_seen_at, last_seen_at, article_count, portal_count) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (key) do update set label = excluded.label, top_terms = excluded.top_terms,"
                + " first_portal_id = excluded.first_portal_id, first_seen_at = excluded.first_seen_at,"
                + " last_seen_at = excluded.last_seen_at, article_count = excluded.article_count,"
                + " portal_count = excluded.portal_count";
        sql.batch(c, statement, stories, batchSize, (connection, ps, s) -> {
            ps.setString(1, s.storyKey());
            ps.setString(2, s.label());
            ps.setArray(3, connection.createArrayOf("text", s.topTerms().toArray()));
            ps.setLong(4, s.firstPortalId().value());
            setInstant(ps, 5, s.firstSeenAt());
            setInstant(ps, 6, s.lastSeenAt());
            ps.setInt(7, s.articleCount());
            ps.setInt(8, s.portalCount());
        });
    }

    private void replaceCoverage(Connection c, Map<String, Story> byKey) throws SQLException {
        String table = sql.names().table("story_coverage");
        String delete = "delete from " + table + " where story_key = any(?)";
        try (PreparedStatement ps = c.prepareStatement(delete)) {
            ps.setArray(1, c.createArrayOf("text", byKey.keySet().toArray()));
            sql.slowLog().time(delete, ps::executeUpdate);
        }
        List<String> keys = new ArrayList<>();
        List<Long> portals = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Story s : byKey.values()) {
            s.coverage().forEach((portal, count) -> {
                keys.add(s.storyKey());
                portals.add(portal.value());
                counts.add(count);
            });
        }
        if (keys.isEmpty()) {
            return;
        }
        String insert = "insert into " + table + " (story_key, portal_id, article_count)"
                + " select * from unnest(?::text[], ?::bigint[], ?::int4[])";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray()));
            ps.setArray(2, c.createArrayOf("bigint", portals.toArray()));
            ps.setArray(3, c.createArrayOf("int4", counts.toArray()));
            sql.slowLog().time(insert, ps::executeUpdate);
        }
    }

    @Override
    public void assign(ArticleId articleId, String storyKey) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyKey, "storyKey");
        String statement = "insert into " + sql.names().table("story_member") + " (article_id, story_key, portal_id, seen_at)"
                + " select a.id, ?, a.portal_id, coalesce(a.published_at, a.first_seen_at) from " + sql.names().article() + " a"
                + " where a.id = ?"
                + " on conflict (article_id) do update set story_key = excluded.story_key";
        int assigned = sql.run("assigning article " + articleId + " to story " + storyKey, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setString(1, storyKey);
                ps.setLong(2, articleId.value());
                return sql.slowLog().time(statement, ps::executeUpdate);
            }
        });
        if (assigned == 0) {
            throw new NotFoundException("Article", articleId);
        }
    }

    /** One statement for all memberships (two when an article is missing, to name it). */
    @Override
    public void assignAll(Map<ArticleId, String> storyKeys) {
        Objects.requireNonNull(storyKeys, "storyKeys");
        // one row per article (an upsert may not touch a row twice), sorted so concurrent writers lock in one order
        Map<Long, String> byArticle = new TreeMap<>();
        storyKeys.forEach((article, key) -> byArticle.put(Objects.requireNonNull(article, "articleId").value(),
                Objects.requireNonNull(key, "storyKey of " + article)));
        if (byArticle.isEmpty()) {
            return;
        }
        String statement = "insert into " + sql.names().table("story_member") + " (article_id, story_key, portal_id, seen_at)"
                + " select a.id, u.story_key, a.portal_id, coalesce(a.published_at, a.first_seen_at)"
                + " from unnest(?::bigint[], ?::text[]) as u(article_id, story_key)"
                + " join " + sql.names().article() + " a on a.id = u.article_id"
                + " on conflict (article_id) do update set story_key = excluded.story_key";
        String stored = "select id from " + sql.names().article() + " where id = any(?)";
        Long[] ids = byArticle.keySet().toArray(Long[]::new);
        Optional<Long> missing = sql.run("assigning " + ids.length + " articles to stories", c -> {
            int assigned;
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                ps.setArray(2, c.createArrayOf("text", byArticle.values().toArray()));
                assigned = sql.slowLog().time(statement, ps::executeUpdate);
            }
            if (assigned == ids.length) {
                return Optional.<Long>empty();
            }
            Set<Long> found = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(stored)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
            return Arrays.stream(ids).filter(id -> !found.contains(id)).findFirst();
        });
        if (missing.isPresent()) {
            throw new NotFoundException("Article", ArticleId.of(missing.get()));
        }
    }

    @Override
    public void merge(Collection<String> absorbedKeys, String into) {
        Objects.requireNonNull(absorbedKeys, "absorbedKeys");
        absorbedKeys.forEach(k -> Objects.requireNonNull(k, "absorbedKey"));
        Objects.requireNonNull(into, "into");
        String[] absorbed = absorbedKeys.stream().filter(k -> !k.equals(into)).distinct().sorted().toArray(String[]::new);
        if (absorbed.length == 0) {
            return;
        }
        String move = "update " + sql.names().table("story_member") + " set story_key = ? where story_key = any(?)";
        String delete = "delete from " + sql.names().table("story") + " where key = any(?)";
        sql.run("merging stories " + List.of(absorbed) + " into " + into, c -> {
            try (PreparedStatement ps = c.prepareStatement(move)) {
                ps.setString(1, into);
                ps.setArray(2, c.createArrayOf("text", absorbed));
                sql.slowLog().time(move, ps::executeUpdate);
            }
            try (PreparedStatement ps = c.prepareStatement(delete)) {
                ps.setArray(1, c.createArrayOf("text", absorbed));
                sql.slowLog().time(delete, ps::executeUpdate);
            }
            return null;
        });
    }

    @Override
    public Optional<Story> findByKey(String storyKey) {
        Objects.requireNonNull(storyKey, "storyKey");
        String statement = "select " + STORY_COLUMNS + " from " + sql.names().table("story") + " s where s.key = ?";
        return sql.run("reading story " + storyKey, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setString(1, storyKey);
                return readStories(c, ps, statement).stream().findFirst();
            }
        });
    }

    @Override
    public List<Story> top(Instant since, int minPortals, int limit) {
        Objects.requireNonNull(since, "since");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        String statement = "select " + STORY_COLUMNS + " from " + sql.names().table("story") + " s"
                + " where s.last_seen_at >= ? and s.portal_count >= ?"
                + " order by s.portal_count desc, s.article_count desc, s.last_seen_at desc, s.key limit ?";
        return sql.run("reading top stories since " + since, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                setInstant(ps, 1, since);
                ps.setInt(2, minPortals);
                ps.setInt(3, limit);
                return readStories(c, ps, statement);
            }
        });
    }

    private List<Story> readStories(Connection c, PreparedStatement ps, String statement) throws SQLException {
        record Row(String key, String label, List<String> topTerms, long firstPortal, Instant first, Instant last,
                   int articles) {
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), texts(rs, 3), rs.getLong(4), instant(rs, 5),
                        instant(rs, 6), rs.getInt(7)));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<PortalId, Integer>> coverage = new HashMap<>();
        String coverageSql = "select story_key, portal_id, article_count from " + sql.names().table("story_coverage")
                + " where story_key = any(?)";
        try (PreparedStatement cs = c.prepareStatement(coverageSql)) {
            cs.setArray(1, c.createArrayOf("text", rows.stream().map(Row::key).toArray()));
            try (ResultSet rs = cs.executeQuery()) {
                while (rs.next()) {
                    coverage.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(new PortalId(rs.getLong(2)), rs.getInt(3));
                }
            }
        }
        return rows.stream().map(r -> new Story(r.key(), r.label(), r.topTerms(), new PortalId(r.firstPortal()),
                r.first(), r.last(), r.articles(), coverage.getOrDefault(r.key(), Map.of()))).toList();
    }

    @Override
    public List<ArticleId> members(String storyKey) {
        Objects.requireNonNull(storyKey, "storyKey");
        String statement = "select article_id from " + sql.names().table("story_member")
                + " where story_key = ? order by seen_at, article_id";
        return sql.run("reading members of story " + storyKey, c -> {
            List<ArticleId> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setString(1, storyKey);
                try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                    while (rs.next()) {
                        ids.add(ArticleId.of(rs.getLong(1)));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public Map<ArticleId, String> storyKeysOf(Collection<ArticleId> articles) {
        Objects.requireNonNull(articles, "articles");
        Long[] ids = articles.stream().map(id -> Objects.requireNonNull(id, "articleId").value()).toArray(Long[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        String statement = "select article_id, story_key from " + sql.names().table("story_member") + " where article_id = any(?)";
        return sql.run("reading the stories of " + ids.length + " articles", c -> {
            Map<ArticleId, String> keys = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                    while (rs.next()) {
                        keys.put(ArticleId.of(rs.getLong(1)), rs.getString(2));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public Optional<byte[]> loadClustererState() {
        String statement = "select state from " + sql.names().table("story_clusterer_state") + " where id = 1";
        return sql.run("loading the story clusterer state", c -> {
            try (PreparedStatement ps = c.prepareStatement(statement); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
            }
        });
    }

    @Override
    public long clustererStateVersion() {
        String statement = "select version from " + sql.names().table("story_clusterer_state") + " where id = 1";
        return sql.singleLong("reading the story clusterer state version", statement);
    }

    @Override
    public long saveClustererState(byte[] state) {
        Objects.requireNonNull(state, "state");
        String statement = "insert into " + sql.names().table("story_clusterer_state") + " as saved (id, state, saved_at, version)"
                + " values (1, ?, now(), 1) on conflict (id) do update set state = excluded.state,"
                + " saved_at = excluded.saved_at, version = saved.version + 1 returning version";
        return sql.run("saving the story clusterer state (" + state.length + " bytes)", c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setBytes(1, state);
                try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
