package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;

/**
 * Which stored articles to list; every part is optional.
 *
 * @param portals  only these portals; empty for all
 * @param language only this language (ISO 639-1), or null
 * @param section  only this section, or null
 * @param from     published at or after, or null
 * @param to       published before, or null
 */
public record ArticleFilter(List<PortalId> portals, String language, String section, Instant from, Instant to) {
    public static final ArticleFilter ALL = new ArticleFilter(List.of(), null, null, null, null);

    public ArticleFilter {
        portals = List.copyOf(portals);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, was " + from + " and " + to);
        }
    }
}
