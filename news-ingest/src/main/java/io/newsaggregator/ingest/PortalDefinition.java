package io.newsaggregator.ingest;

import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A portal as the catalog describes it, already validated; converts to the domain's
 * {@link PortalSpec}: the {@link Portal}, its sources and {@link ExtractionRules}.
 *
 * @param language ISO 639-1 hint, or null
 */
public record PortalDefinition(
        String code,
        String name,
        String homepage,
        String language,
        List<SourceDefinition> feeds,
        List<SourceDefinition> sections,
        List<SourceDefinition> sitemaps,
        ExtractionRules rules) {

    public PortalDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homepage, "homepage");
        feeds = List.copyOf(feeds);
        sections = List.copyOf(sections);
        sitemaps = List.copyOf(sitemaps);
        rules = rules == null ? ExtractionRules.NONE : rules;
    }

    /** The portal, not yet stored (no id). */
    public Portal toPortal() {
        return Portal.create(code, name, homepage, language);
    }

    /** The portal with its sources and rules, as the ingest use case takes it. */
    public PortalSpec toSpec() {
        List<SourceSpec> all = new ArrayList<>(feeds.size() + sections.size() + sitemaps.size());
        feeds.forEach(s -> all.add(new SourceSpec(FeedKind.FEED, s.url(), s.category(), null)));
        sections.forEach(s -> all.add(new SourceSpec(FeedKind.SECTION, s.url(), s.category(), s.linkSelector())));
        sitemaps.forEach(s -> all.add(new SourceSpec(FeedKind.SITEMAP, s.url(), s.category(), null)));
        return new PortalSpec(toPortal(), all, rules);
    }

    /** The category codes its sources name, without duplicates, in catalog order. */
    public List<String> categoryCodes() {
        return java.util.stream.Stream.of(feeds, sections, sitemaps)
                .flatMap(List::stream)
                .map(SourceDefinition::category)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
