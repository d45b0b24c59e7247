package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.SourceSpec;
import io.newsaggregator.domain.port.out.Repositories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings the stored portal, its sources and categories in line with the catalog, keeping what
 * fetching learnt about each source (validators, failures).
 */
final class PortalRegistry {

    RegisteredPortal register(Repositories repos, PortalSpec spec) {
        Portal portal = storePortal(repos, spec.portal());
        List<Feed> sources = new ArrayList<>();
        Map<String, CategoryId> categories = new LinkedHashMap<>();
        for (SourceSpec configured : spec.sources()) {
            sources.add(storeSource(repos, portal, configured));
            String category = configured.categoryCode();
            if (category != null && !categories.containsKey(category)) {
                categories.put(category, repos.categories().findOrCreate(portal.id(), category, displayName(category)).id());
            }
        }
        return new RegisteredPortal(portal, sources, categories, spec.rules());
    }

    /** The id of a category named by the article page itself, created on first sight. */
    CategoryId category(Repositories repos, RegisteredPortal portal, String code) {
        CategoryId known = portal.categories().get(code);
        return known != null ? known : repos.categories().findOrCreate(portal.portal().id(), code, displayName(code)).id();
    }

    private Portal storePortal(Repositories repos, Portal configured) {
        Portal stored = repos.portals().findOrCreate(configured.withId(null));
        Portal current = configured.withId(stored.id());
        return current.equals(stored) ? current : repos.portals().update(current);
    }

    private Feed storeSource(Repositories repos, Portal portal, SourceSpec configured) {
        Feed known = repos.feeds().findOrCreate(Feed.create(portal.id(), configured.kind(), configured.url(),
                configured.categoryCode(), configured.linkSelector()));
        if (known.kind() == configured.kind()
                && Objects.equals(known.categoryCode(), configured.categoryCode())
                && Objects.equals(known.linkSelector(), configured.linkSelector())) {
            return known;
        }
        return repos.feeds().update(new Feed(known.id(), known.portalId(), configured.kind(), known.url(),
                configured.categoryCode(), configured.linkSelector(), known.etag(), known.lastModified(),
                known.contentHash(), known.lastFetchedAt(), known.consecutiveFailures(), known.quarantinedUntil(),
                known.lastError()));
    }

    private static String displayName(String code) {
        String spaced = code.replace('-', ' ').replace('_', ' ').trim();
        return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
