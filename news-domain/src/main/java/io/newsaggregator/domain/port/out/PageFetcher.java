package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.RobotsFetch;
import java.util.Optional;
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

    /**
     * A robots.txt to read what else it says (its {@code Sitemap} lines). A fetcher that obeys
     * robots.txt answers with the copy it obeys while that is fresh (shared with the other
     * processes on its store), without a request; the request it makes otherwise is told to
     * {@code robotsFetched} like the ones it makes on its own. This default fetches it as a page
     * of target {@link FetchTarget#ROBOTS} and tells that request the same way.
     *
     * @return the robots.txt as fetched; empty when there is none to read (a 4xx, an error, a
     *         timeout: what happened was told to {@code robotsFetched})
     */
    default Optional<FetchedPage> robotsTxt(String robotsUrl, Consumer<RobotsFetch> robotsFetched) {
        try {
            FetchedPage page = fetch(FetchRequest.of(robotsUrl, FetchTarget.ROBOTS));
            robotsFetched.accept(new RobotsFetch(robotsUrl, page.status(), page.body().length, page.durationMillis(), null));
            return Optional.of(page);
        } catch (FetchException e) {
            robotsFetched.accept(new RobotsFetch(robotsUrl, e.statusCode().orElse(null), 0, 0, e));
            return Optional.empty();
        }
    }
}
