package io.newsaggregator.persistence;

import io.newsaggregator.domain.fake.CrudContract;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The JPA repositories keep the CRUD contract the in-memory fake keeps, on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaCrudContractIT extends CrudContract {
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

    @Override
    protected UnitOfWork store() {
        return persistence.unitOfWork();
    }
}
