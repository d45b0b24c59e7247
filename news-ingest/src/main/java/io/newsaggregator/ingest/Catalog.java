package io.newsaggregator.ingest;

import java.util.List;
import java.util.Optional;

/** The portals to ingest, in catalog order, with unique codes (checked by {@link CatalogLoader}). */
public record Catalog(List<PortalDefinition> portals) {
    public Catalog {
        portals = List.copyOf(portals);
    }

    public Optional<PortalDefinition> portal(String code) {
        return portals.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public int size() {
        return portals.size();
    }
}
