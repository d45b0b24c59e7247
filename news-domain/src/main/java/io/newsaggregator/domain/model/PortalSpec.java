package io.newsaggregator.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A portal as configured (by a catalog): the portal (without id), its sources (feeds, section
 * pages, sitemaps) and its own extraction rules. Ingest finds or stores the portal and its sources.
 */
public record PortalSpec(Portal portal, List<SourceSpec> sources, ExtractionRules rules) {
    public PortalSpec {
        Objects.requireNonNull(portal, "portal");
        sources = List.copyOf(sources);
        rules = rules == null ? ExtractionRules.NONE : rules;
    }
}
