package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.port.out.UnitOfWork;

/** The in-memory frontier keeps the contract the JPA adapter keeps. */
class InMemoryFrontierContractTest extends FrontierContract {
    @Override
    protected UnitOfWork emptyStore() {
        return new InMemoryStore();
    }
}
