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

    @BeforeAll
    void startPersistence() {
        schema = TestDatabase.shared().freshSchema(tablePrefix());
        persistence = JpaPersistence.start(schema.settings());
        uow = persistence.unitOfWork();
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
}
