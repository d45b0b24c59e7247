package io.newsaggregator.persistence;

import io.newsaggregator.domain.fake.CrudContract;
import io.newsaggregator.domain.port.out.UnitOfWork;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA repositories keep the CRUD contract the in-memory fake keeps, on PostgreSQL. */
class JpaCrudContractIT extends CrudContract {
    @RegisterExtension
    static final TestPersistence db = new TestPersistence("");

    @Override
    protected UnitOfWork store() {
        return db.persistence().unitOfWork();
    }
}
