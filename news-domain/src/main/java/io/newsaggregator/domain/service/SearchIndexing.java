package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.port.out.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexing step of full-text search, kept out of the transaction that stores articles: each
 * call indexes what is waiting in units of work of {@value #BATCH} articles. A failure other than
 * an unavailable store is logged and left for the next call, since search finds articles that are
 * not indexed yet as well, only more slowly.
 */
final class SearchIndexing {
    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final UnitOfWork unitOfWork;

    SearchIndexing(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Indexes up to {@code maxBatches} batches, stopping early when nothing more waits; returns how many articles. */
    int index(int maxBatches) {
        int indexed = 0;
        try {
            for (int batch = 0; batch < maxBatches; batch++) {
                int done = unitOfWork.execute(repos -> repos.articles().indexForSearch(BATCH));
                indexed += done;
                if (done < BATCH) {
                    break;
                }
            }
        } catch (DataStoreUnavailableException e) {
            throw e;
        } catch (DataAccessException e) {
            log.warn("Indexing articles for search failed, left for the next indexing step: {}", FetchRecorder.reason(e));
        }
        return indexed;
    }

    /** Indexes everything that waits. */
    int indexAll() {
        return index(Integer.MAX_VALUE);
    }
}
