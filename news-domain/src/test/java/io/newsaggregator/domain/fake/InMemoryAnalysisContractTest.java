package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.port.out.UnitOfWork;

/** The in-memory fake keeps the contract the JPA adapter keeps. */
class InMemoryAnalysisContractTest extends AnalysisStoreContract {
    @Override
    protected UnitOfWork emptyStore() {
        return new InMemoryStore();
    }
}
