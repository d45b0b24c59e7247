package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.AnalysisOutcome;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.migrations.MigrateOutcome;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Upgrading schemas that hold the data of an earlier version. */
class SchemaUpgradeIT {

    @Test
    void upgradingAV1SchemaWithArticlesKeepsTheRowsAndMakesThemSearchableInTheirLanguage() throws Exception {
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.emptySchema("up_");
        try {
            migrateTo(db, schema, "1");
            String article = schema.name() + ".up_article";
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into " + schema.name() + ".up_portal (id, code, name, homepage, language)"
                        + " values (1, 'old', 'Old portal', 'https://example.org/', 'en')");
                s.execute("insert into " + article + " (id, portal_id, canonical_url, url, title, lead, body_text,"
                        + " language, content_hash, first_seen_at, last_seen_at)"
                        + " values (1, 1, 'https://example.org/a', 'https://example.org/a', 'Elections called',"
                        + " 'A snap vote.', 'Voters will decide.', 'en', 'h1', now(), now())");
            }

            List<String> later = schema.migrations().info().pending().stream().map(e -> e.version()).toList();
            MigrateOutcome outcome = schema.migrations().migrate();

            assertThat(outcome.fromVersion()).isEqualTo("1");
            assertThat(later).startsWith("2", "3", "4");
            assertThat(outcome.appliedVersions()).containsExactlyElementsOf(later);
            assertThat(schema.migrations().validate().valid()).isTrue();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select title, search_terms::text from " + article + " where id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Elections called");
                assertThat(rs.getString(2)).contains("'elect'");
            }
            try (JpaPersistence persistence = JpaPersistence.start(schema.settings())) {
                List<SearchHit> hits = persistence.unitOfWork().readOnly(r -> r.search().search(
                        new SearchQuery("election", List.of(), null, "en", null, null, 5)));
                assertThat(hits).extracting(SearchHit::title).containsExactly("Elections called");
                assertThat(persistence.unitOfWork().<Long>readOnly(r -> r.analyses().countPending())).isEqualTo(1L);
                assertThat(persistence.unitOfWork().<Long>readOnly(r -> r.documentFrequencies().documentCount())).isZero();
            }
        } finally {
            schema.drop();
        }
    }

    @Test
    void upgradingAV2SchemaKeepsTheSavedClustererStateAsItsFirstVersion() throws Exception {
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.emptySchema("");
        try {
            migrateTo(db, schema, "2");
            byte[] saved = {1, 2, 3, (byte) 0xfe};
            try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                    "insert into " + schema.name() + ".story_clusterer_state (id, state, saved_at) values (1, ?, now())")) {
                ps.setBytes(1, saved);
                ps.executeUpdate();
            }

            List<String> later = schema.migrations().info().pending().stream().map(e -> e.version()).toList();
            MigrateOutcome outcome = schema.migrations().migrate();

            assertThat(later).startsWith("3", "4");
            assertThat(outcome.appliedVersions()).containsExactlyElementsOf(later);
            try (JpaPersistence persistence = JpaPersistence.start(schema.settings())) {
                var uow = persistence.unitOfWork();
                assertThat(uow.<Long>readOnly(r -> r.stories().clustererStateVersion())).isEqualTo(1L);
                assertThat(uow.<java.util.Optional<byte[]>>readOnly(r -> r.stories().loadClustererState()))
                        .hasValueSatisfying(state -> assertThat(state).isEqualTo(saved));
                assertThat(uow.<Long>execute(r -> r.stories().saveClustererState(new byte[] {7}))).isEqualTo(2L);
            }
        } finally {
            schema.drop();
        }
    }

    @Test
    void upgradingAV12SchemaCountsTermsByFirstSeenDayWhereTheDaysOfBothBasesHoldTheSameArticles() throws Exception {
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.emptySchema("");
        try {
            migrateTo(db, schema, "12");
            String name = schema.name();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into " + name + ".portal (id, code, name, homepage, language)"
                        + " values (1, 'old', 'Old portal', 'https://example.org/', 'en')");
                // published and first seen on 2 March; published late on 3 March, first seen early on 4 March
                s.execute("insert into " + name + ".article (id, portal_id, canonical_url, url, title, body_text,"
                        + " language, content_hash, published_at, first_seen_at, last_seen_at) values"
                        + " (1, 1, 'https://example.org/a', 'https://example.org/a', 'Vote', 'Vote.', 'en', 'h1',"
                        + " '2026-03-02T10:00:00Z', '2026-03-02T12:00:00Z', '2026-03-02T12:00:00Z'),"
                        + " (2, 1, 'https://example.org/b', 'https://example.org/b', 'Storm', 'Storm.', 'en', 'h2',"
                        + " '2026-03-03T23:00:00Z', '2026-03-04T01:00:00Z', '2026-03-04T01:00:00Z')");
                s.execute("insert into " + name + ".article_analysis (article_id, revision, language,"
                        + " language_confidence, word_count, sentence_count, reading_time_minutes, analysed_at)"
                        + " values (1, 1, 'en', 1, 1, 1, 1, now()), (2, 1, 'en', 1, 1, 1, 1, now())");
                s.execute("insert into " + name + ".term_day_count (term, portal_id, day, count, doc_count) values"
                        + " ('vote', 1, '2026-03-02', 3, 1), ('storm', 1, '2026-03-03', 2, 1)");
            }

            schema.migrations().migrate();

            try (JpaPersistence persistence = JpaPersistence.start(schema.settings())) {
                var uow = persistence.unitOfWork();
                LocalDate from = LocalDate.of(2026, 3, 1);
                LocalDate to = LocalDate.of(2026, 3, 5);
                assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.FIRST_SEEN, from, to, null)))
                        .as("the mixed days of the second article are not guessed")
                        .containsExactly(new TermDayCount("vote", PortalId.of(1), LocalDate.of(2026, 3, 2), 3, 1));
                assertThat(uow.<List<TermDayCount>>readOnly(r -> r.termCounts().between(TimeBasis.PUBLISHED, from, to, null)))
                        .hasSize(2);
                assertThat(uow.<Map<PortalId, Map<LocalDate, Long>>>readOnly(
                        r -> r.termCounts().articlesPerDay(TimeBasis.FIRST_SEEN, from, to)))
                        .isEqualTo(Map.of(PortalId.of(1), Map.of(LocalDate.of(2026, 3, 2), 1L, LocalDate.of(2026, 3, 4), 1L)));
            }
        } finally {
            schema.drop();
        }
    }

    @Test
    void theTextSearchConfigurationFollowsTheLanguageCode() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().freshSchema("");
        String function = schema.name() + ".ts_config(?)";
        Map<String, String> expected = Map.of("en", "english", "EN-gb", "english", "de", "german", "pt_BR", "portuguese",
                "nb", "norwegian", "tr", "turkish", "und", "simple", "", "simple", "xx", "simple");
        try (Connection c = schema.database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("select " + function + "::text")) {
            for (Map.Entry<String, String> e : expected.entrySet()) {
                ps.setString(1, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).as(e.getKey()).isEqualTo(e.getValue());
                }
            }
            ps.setString(1, null);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("simple");
            }
        } finally {
            schema.drop();
        }
    }

    @Test
    void upgradingAV12SchemaTurnsStoredFailureStringsIntoTheirTypedStates() throws Exception {
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.emptySchema("");
        try {
            migrateTo(db, schema, "12");
            String s = schema.name();
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("insert into " + s + ".portal (id, code, name, homepage, language)"
                        + " values (1, 'old', 'Old portal', 'https://example.org/', 'en')");
                for (int id = 1; id <= 2; id++) {
                    st.execute("insert into " + s + ".article (id, portal_id, canonical_url, url, title, body_text,"
                            + " content_hash, first_seen_at, last_seen_at) values (" + id + ", 1, 'https://example.org/" + id
                            + "', 'https://example.org/" + id + "', 'T', 'Body', 'h', now(), now())");
                }
                st.execute("insert into " + s + ".article_analysis (article_id, revision, language, language_confidence,"
                        + " word_count, sentence_count, reading_time_minutes, analysed_at, analyser_version) values"
                        + " (1, 1, 'und', 0, 0, 0, 0, now(), 'failed:analyser-7'), (2, 1, 'en', 0.9, 3, 1, 1, now(), 'analyser-7')");
                String[] classes = {"'DataIntegrityException'", "'TIMEOUT'", "'SomethingNobodyKnows'", "NULL",
                        "'UncategorizedDataAccessException'"};
                for (int i = 0; i < classes.length; i++) {
                    st.execute("insert into " + s + ".fetch_event (id, portal_id, target, url, outcome, error_class, occurred_at)"
                            + " values (" + (i + 1) + ", 1, 'ARTICLE', 'https://example.org/e" + i + "', 'FAILED', " + classes[i]
                            + ", now())");
                }
            }

            schema.migrations().migrate();

            try (JpaPersistence persistence = JpaPersistence.start(schema.settings())) {
                Map<ArticleId, ArticleAnalysis> analyses = persistence.unitOfWork().readOnly(r -> r.analyses()
                        .findByArticles(List.of(ArticleId.of(1), ArticleId.of(2))));
                assertThat(analyses.get(ArticleId.of(1)).outcome()).isEqualTo(AnalysisOutcome.FAILED);
                assertThat(analyses.get(ArticleId.of(1)).analyserVersion()).isEqualTo("analyser-7");
                assertThat(analyses.get(ArticleId.of(2)).outcome()).isEqualTo(AnalysisOutcome.ANALYSED);
                assertThat(analyses.get(ArticleId.of(2)).analyserVersion()).isEqualTo("analyser-7");
                List<FetchEvent> events = persistence.unitOfWork().readOnly(r -> r.fetchEvents().find(
                        Query.of(FetchEvent.class).orderBy(FetchEventField.ID.asc())));
                assertThat(events).extracting(FetchEvent::errorClass).containsExactly(FetchErrorClass.DATA_INTEGRITY,
                        FetchErrorClass.TIMEOUT, FetchErrorClass.UNEXPECTED_ERROR, null, FetchErrorClass.DATA_ACCESS);
            }
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute("update " + s
                        + ".article_analysis set outcome = 'MAYBE'")).hasMessageContaining("article_analysis_outcome_ck");
            }
        } finally {
            schema.drop();
        }
    }

    private static void migrateTo(TestDatabase db, TestDatabase.Schema schema, String version) {
        Flyway.configure(SchemaUpgradeIT.class.getClassLoader())
                .dataSource(db.dataSource())
                .schemas(schema.name())
                .defaultSchema(schema.name())
                .table(schema.tablePrefix() + "flyway_schema_history")
                .locations("classpath:db/migration")
                .placeholders(Map.of("schema", schema.name(), "prefix", schema.tablePrefix()))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target(version)
                .load()
                .migrate();
    }
}
