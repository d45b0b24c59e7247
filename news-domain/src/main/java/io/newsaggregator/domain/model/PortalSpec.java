package io.newsaggregator.domain.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The same portal with more sources (found by autodiscovery), duplicates by URL left out. */
    public PortalSpec withMoreSources(List<SourceSpec> more) {
        Map<String, SourceSpec> byUrl = new LinkedHashMap<>();
        sources.forEach(s -> byUrl.put(s.url(), s));
        more.forEach(s -> byUrl.putIfAbsent(s.url(), s));
        return new PortalSpec(portal, List.copyOf(byUrl.values()), rules);
    }

    public boolean hasSources(FeedKind kind) {
        return sources.stream().anyMatch(s -> s.kind() == kind);
    }
}
