package io.newsaggregator.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A portal as configured (by a catalog): the portal, its sources (feeds, section pages, sitemaps)
 * and its own extraction rules. Ids are not set; ingest finds or stores them.
 */
public record PortalSpec(Portal portal, List<Feed> sources, ExtractionRules rules) {
    public PortalSpec {
        Objects.requireNonNull(portal, "portal");
        sources = List.copyOf(sources);
        rules = rules == null ? ExtractionRules.NONE : rules;
    }
}
