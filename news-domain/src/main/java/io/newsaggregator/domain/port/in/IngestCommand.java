package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.PortalSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to ingest: the portals, and how many articles at most to fetch per portal in this run.
 */
public record IngestCommand(List<PortalSpec> portals, int maxArticlesPerPortal) {
    public IngestCommand {
        portals = List.copyOf(portals);
        if (maxArticlesPerPortal < 1) {
            throw new IllegalArgumentException("maxArticlesPerPortal must be >= 1, was " + maxArticlesPerPortal);
        }
        Set<String> codes = new HashSet<>();
        for (PortalSpec spec : portals) {
            if (!codes.add(spec.portal().code())) {
                throw new IllegalArgumentException("portal '" + spec.portal().code() + "' is listed twice");
            }
        }
    }
}
