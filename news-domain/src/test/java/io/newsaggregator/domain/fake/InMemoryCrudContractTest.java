package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.port.out.UnitOfWork;

/** The in-memory repositories keep the CRUD contract the JPA adapter keeps, and roll back like it. */
class InMemoryCrudContractTest extends CrudContract {
    @Override
    protected UnitOfWork store() {
        return new InMemoryStore();
    }
}
