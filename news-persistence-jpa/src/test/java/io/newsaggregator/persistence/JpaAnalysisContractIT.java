package io.newsaggregator.persistence;

import io.newsaggregator.domain.fake.AnalysisStoreContract;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The JPA adapter keeps the contract the in-memory fake keeps. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaAnalysisContractIT extends AnalysisStoreContract {
    private TestDatabase.Schema schema;
    private JpaPersistence persistence;

    @BeforeAll
    void startPersistence() {
        schema = TestDatabase.shared().freshSchema("");
        persistence = JpaPersistence.start(schema.settings());
    }

    @AfterAll
    void stopPersistence() {
        if (persistence != null) {
            persistence.close();
        }
        if (schema != null) {
            schema.drop();
        }
    }

    /** Empties every table of the schema but the migration history, and zeroes the corpus count. */
    @Override
    protected UnitOfWork emptyStore() {
        try (Connection c = schema.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = '"
                    + schema.name() + "' and table_type = 'BASE TABLE'"
                    + " and table_name not in ('flyway_schema_history', 'corpus_stats')")) {
                while (rs.next()) {
                    tables.add(schema.name() + "." + rs.getString(1));
                }
            }
            s.execute("truncate " + String.join(", ", tables) + " cascade");
            s.execute("update " + schema.name() + ".corpus_stats set document_count = 0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + schema.name(), e);
        }
        return persistence.unitOfWork();
    }
}
