package io.newsaggregator.persistence;

import static io.newsaggregator.persistence.NativeStatements.instant;
import static io.newsaggregator.persistence.NativeStatements.setInstant;
import static io.newsaggregator.persistence.NativeStatements.texts;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.AnalysisOutcome;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleAnalysisRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-article analyses with their key phrases: a batched upsert of the analysis rows, then the key
 * phrases of those articles replaced by one array insert.
 */
final class JpaArticleAnalysisRepository implements ArticleAnalysisRepository {
    /** First half of the advisory lock key: "news" in ASCII, to keep clear of other users' locks. */
    private static final int ANALYSIS_LOCK_SPACE = 0x6E657773;

    private final NativeStatements sql;
    private final int batchSize;

    JpaArticleAnalysisRepository(NativeStatements sql, int batchSize) {
        this.sql = sql;
        this.batchSize = batchSize;
    }

    @Override
    public void saveAll(List<ArticleAnalysis> analyses) {
        Objects.requireNonNull(analyses, "analyses");
        analyses.forEach(a -> Objects.requireNonNull(a, "analysis"));
        if (analyses.isEmpty()) {
            return;
        }
        // the last analysis of an article in the list wins, as if saved one after the other
        Map<Long, ArticleAnalysis> byArticle = new LinkedHashMap<>();
        analyses.forEach(a -> byArticle.put(a.articleId().value(), a));
        sql.run("saving " + byArticle.size() + " article analyses", c -> {
            upsertAnalyses(c, byArticle.values());
            replaceKeyphrases(c, byArticle);
            return null;
        });
    }

    private void upsertAnalyses(Connection c, Iterable<ArticleAnalysis> analyses) throws SQLException {
        String statement = "insert into " + sql.names().table("article_analysis")
                + " (article_id, revision, language, language_confidence, word_count, sentence_count,"
                + " reading_time_minutes, proper_nouns, story_key, analysed_at, analyser_version, outcome)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (article_id) do update set revision = excluded.revision, language = excluded.language,"
                + " language_confidence = excluded.language_confidence, word_count = excluded.word_count,"
                + " sentence_count = excluded.sentence_count, reading_time_minutes = excluded.reading_time_minutes,"
                + " proper_nouns = excluded.proper_nouns, story_key = excluded.story_key, analysed_at = excluded.analysed_at,"
                + " analyser_version = excluded.analyser_version, outcome = excluded.outcome";
        sql.batch(c, statement, analyses, batchSize, (connection, ps, a) -> {
            ps.setLong(1, a.articleId().value());
            ps.setInt(2, a.revision());
            ps.setString(3, a.language());
            ps.setDouble(4, a.languageConfidence());
            ps.setInt(5, a.wordCount());
            ps.setInt(6, a.sentenceCount());
            ps.setInt(7, a.readingTimeMinutes());
            ps.setArray(8, connection.createArrayOf("text", a.properNounCandidates().toArray()));
            ps.setString(9, a.storyKey());
            setInstant(ps, 10, a.analysedAt());
            ps.setString(11, a.analyserVersion());
            ps.setString(12, a.outcome().name());
        });
    }

    private void replaceKeyphrases(Connection c, Map<Long, ArticleAnalysis> byArticle) throws SQLException {
        String table = sql.names().table("article_keyphrase");
        String delete = "delete from " + table + " where article_id = any(?)";
        try (PreparedStatement ps = c.prepareStatement(delete)) {
            ps.setArray(1, c.createArrayOf("bigint", byArticle.keySet().toArray()));
            sql.slowLog().time(delete, ps::executeUpdate);
        }
        List<Long> articleIds = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Integer> occurrences = new ArrayList<>();
        for (ArticleAnalysis a : byArticle.values()) {
            int rank = 1;
            for (ScoredPhrase phrase : a.keyphrases()) {
                articleIds.add(a.articleId().value());
                ranks.add(rank++);
                keys.add(phrase.key());
                texts.add(phrase.text());
                scores.add(phrase.score());
                occurrences.add(phrase.occurrences());
            }
        }
        if (articleIds.isEmpty()) {
            return;
        }
        String insert = "insert into " + table + " (article_id, rank, key, text, score, occurrences)"
                + " select * from unnest(?::bigint[], ?::integer[], ?::text[], ?::text[], ?::float8[], ?::integer[])";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setArray(1, c.createArrayOf("bigint", articleIds.toArray()));
            ps.setArray(2, c.createArrayOf("int4", ranks.toArray()));
            ps.setArray(3, c.createArrayOf("text", keys.toArray()));
            ps.setArray(4, c.createArrayOf("text", texts.toArray()));
            ps.setArray(5, c.createArrayOf("float8", scores.toArray()));
            ps.setArray(6, c.createArrayOf("int4", occurrences.toArray()));
            sql.slowLog().time(insert, ps::executeUpdate);
        }
    }

    @Override
    public Optional<ArticleAnalysis> findByArticle(ArticleId articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return Optional.ofNullable(findByArticles(List.of(articleId)).get(articleId));
    }

    @Override
    public List<AnalysisInput> pending(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        String statement = "select a.id, a.portal_id, a.revision, a.title, a.lead, a.body_text, a.language,"
                + " coalesce(a.published_at, a.first_seen_at), a.first_seen_at from " + sql.names().article() + " a"
                + pendingCondition()
                + " order by coalesce(a.published_at, a.first_seen_at), a.id limit ?";
        return sql.run("reading articles pending analysis", c -> {
            List<AnalysisInput> inputs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setInt(1, limit);
                try (ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                    while (rs.next()) {
                        inputs.add(new AnalysisInput(ArticleId.of(rs.getLong(1)), new PortalId(rs.getLong(2)),
                                rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                instant(rs, 8), instant(rs, 9)));
                    }
                }
            }
            return inputs;
        });
    }

    @Override
    public long countPending() {
        String statement = "select count(*) from " + sql.names().article() + " a" + pendingCondition();
        return sql.run("counting articles pending analysis", c -> {
            try (PreparedStatement ps = c.prepareStatement(statement);
                 ResultSet rs = sql.slowLog().time(statement, ps::executeQuery)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private String pendingCondition() {
        return " where not exists (select 1 from " + sql.names().table("article_analysis") + " x"
                + " where x.article_id = a.id and x.revision >= a.revision)";
    }

    /**
     * A transaction-scoped advisory lock, released by commit or rollback, so a crashed run never
     * leaves it behind. The key is derived from the qualified table name: installations in other
     * schemas or with other prefixes do not wait for each other (a hash collision between two of
     * them would only make them take turns).
     */
    @Override
    public void lockAnalysis() {
        String statement = "select pg_advisory_xact_lock(?, ?)";
        sql.run("waiting for the analysis lock", c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setInt(1, ANALYSIS_LOCK_SPACE);
                ps.setInt(2, sql.names().table("article_analysis").hashCode());
                sql.slowLog().time(statement, ps::execute);
            }
            return null;
        });
    }

    /** Two statements whatever the number of ids: the ids go in as one array parameter. */
    @Override
    public Map<ArticleId, ArticleAnalysis> findByArticles(Collection<ArticleId> articleIds) {
        Long[] ids = ArticleIdArrays.distinct(articleIds);
        if (ids.length == 0) {
            return Map.of();
        }
        String analysisSql = "select article_id, revision, language, language_confidence, word_count, sentence_count,"
                + " reading_time_minutes, proper_nouns, story_key, analysed_at, analyser_version, outcome from "
                + sql.names().table("article_analysis") + " where article_id = any(?)";
        String phrasesSql = "select article_id, key, text, score, occurrences from " + sql.names().table("article_keyphrase")
                + " where article_id = any(?) order by article_id, rank";
        return sql.run("reading the analyses of " + ids.length + " articles", c -> {
            Map<Long, List<ScoredPhrase>> phrases = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(phrasesSql)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                try (ResultSet rs = sql.slowLog().time(phrasesSql, ps::executeQuery)) {
                    while (rs.next()) {
                        phrases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new ScoredPhrase(rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)));
                    }
                }
            }
            Map<Long, ArticleAnalysis> byId = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(analysisSql)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                try (ResultSet rs = sql.slowLog().time(analysisSql, ps::executeQuery)) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        byId.put(id, new ArticleAnalysis(ArticleId.of(id), rs.getInt(2), rs.getString(3), rs.getDouble(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7), phrases.getOrDefault(id, List.of()), texts(rs, 8),
                                rs.getString(9), instant(rs, 10), rs.getString(11),
                                AnalysisOutcome.valueOf(rs.getString(12))));
                    }
                }
            }
            Map<ArticleId, ArticleAnalysis> found = new LinkedHashMap<>();
            for (Long id : ids) {
                ArticleAnalysis analysis = byId.get(id);
                if (analysis != null) {
                    found.put(analysis.articleId(), analysis);
                }
            }
            return found;
        });
    }
}
