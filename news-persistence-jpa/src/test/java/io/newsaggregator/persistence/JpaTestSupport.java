package io.newsaggregator.persistence;

import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One migrated schema and one started persistence per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JpaTestSupport {
    protected TestDatabase.Schema schema;
    protected JpaPersistence persistence;
    protected UnitOfWork uow;

    protected String tablePrefix() {
        return "";
    }

    private TestPersistence db;

    @BeforeAll
    void startPersistence() {
        db = new TestPersistence(tablePrefix());
        db.start();
        schema = db.schema();
        persistence = db.persistence();
        uow = persistence.unitOfWork();
    }

    @AfterAll
    void stopPersistence() {
        if (db != null) {
            db.stop();
        }
    }
}
