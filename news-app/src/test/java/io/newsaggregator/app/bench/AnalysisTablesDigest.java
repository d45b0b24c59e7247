package io.newsaggregator.app.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * An MD5 digest of everything {@code analyse} stores, per table, with rows in a fixed order: two
 * stores that analysed the same articles alike have equal digests. Left out are the times of the
 * run itself ({@code analysed_at}, {@code saved_at}) and the clusterer state's save count.
 */
public final class AnalysisTablesDigest {
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("document_frequency", "key, frequency");
        COLUMNS.put("corpus_stats", "id, document_count");
        COLUMNS.put("term_day_count", "term, portal_id, day, count, doc_count");
        COLUMNS.put("article_analysis", "article_id, revision, language, language_confidence, word_count,"
                + " sentence_count, reading_time_minutes, proper_nouns, story_key");
        COLUMNS.put("article_keyphrase", "article_id, rank, key, text, score, occurrences");
        COLUMNS.put("story", "key, label, top_terms, first_portal_id, first_seen_at, last_seen_at, article_count,"
                + " portal_count");
        COLUMNS.put("story_coverage", "story_key, portal_id, article_count");
        COLUMNS.put("story_member", "article_id, story_key, portal_id, seen_at");
        COLUMNS.put("story_clusterer_state", "id, md5(state)");
    }

    private AnalysisTablesDigest() {
    }

    /** Table name to {@code rows:md5} of the analysis tables in {@code schema} (a trusted test schema name). */
    public static Map<String, String> of(DataSource dataSource, String schema) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
                String sql = "select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from (select "
                        + table.getValue() + " from " + schema + "." + table.getKey() + ") t";
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    digests.put(table.getKey(), rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        }
        return digests;
    }
}
