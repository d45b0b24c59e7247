package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.RobotsFetch;
import java.util.function.Consumer;

/**
 * Fetches URLs politely (robots.txt, per-host limits, retries) and safely (size and time limits,
 * address policy on every redirect hop).
 */
public interface PageFetcher {
    /**
     * @return the page, or a page with {@code notModified} set for a 304
     * @throws FetchException with a reason for anything else: an error status after retries, a
     *         timeout, a body over the limit, a refused address, a robots.txt disallow
     */
    FetchedPage fetch(FetchRequest request);

    /**
     * Like {@link #fetch(FetchRequest)}, and tells {@code robotsFetched} of each robots.txt request
     * the fetcher made on the way (at most one per host while its robots.txt is cached), so that the
     * caller can record it. A fetcher that reads no robots.txt reports nothing.
     */
    default FetchedPage fetch(FetchRequest request, Consumer<RobotsFetch> robotsFetched) {
        return fetch(request);
    }
}
