package io.newsaggregator.persistence;

import io.newsaggregator.domain.fake.AnalysisStoreContract;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA adapter keeps the contract the in-memory fake keeps. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaAnalysisContractIT extends AnalysisStoreContract {
    @RegisterExtension
    static final TestPersistence db = new TestPersistence("");

    /** Empties every table of the schema but the migration history, and zeroes the corpus count. */
    @Override
    protected UnitOfWork emptyStore() {
        try (Connection c = db.schema().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = '"
                    + db.schema().name() + "' and table_type = 'BASE TABLE'"
                    + " and table_name not in ('flyway_schema_history', 'corpus_stats')")) {
                while (rs.next()) {
                    tables.add(db.schema().name() + "." + rs.getString(1));
                }
            }
            s.execute("truncate " + String.join(", ", tables) + " cascade");
            s.execute("update " + db.schema().name() + ".corpus_stats set document_count = 0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + db.schema().name(), e);
        }
        return db.persistence().unitOfWork();
    }
}
