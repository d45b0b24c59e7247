package io.newsaggregator.ingest;

import io.newsaggregator.domain.model.ExtractionRules;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a portal's own CSS selectors. Every method returns null (or an empty list) when its
 * selector is absent, invalid or matches nothing, so the caller falls through to the generic steps.
 */
final class PortalRules {
    private static final Logger log = LoggerFactory.getLogger(PortalRules.class);

    private final ExtractionRules rules;
    private final Document document;

    PortalRules(ExtractionRules rules, Document document) {
        this.rules = rules;
        this.document = document;
    }

    String title() {
        Elements found = select(rules.title());
        return found.isEmpty() ? null : Texts.orNull(found.first().text());
    }

    List<String> authors() {
        List<String> names = new ArrayList<>();
        for (Element e : select(rules.author())) {
            String value = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!value.isBlank()) {
                names.add(value);
            }
        }
        return names;
    }

    OffsetDateTime published() {
        for (Element e : select(rules.published())) {
            for (String value : List.of(e.attr("datetime"), e.attr("content"), e.text())) {
                Optional<OffsetDateTime> parsed = DateValues.parse(value);
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            }
        }
        return null;
    }

    /** Whether the portal names its body container at all. */
    boolean hasBody() {
        return rules.body() != null && !rules.body().isBlank();
    }

    /** The body containers with the rules' {@code remove} selectors applied; empty when the selector matches nothing. */
    List<Element> body() {
        Elements found = select(rules.body());
        found.forEach(this::removeUnwanted);
        return found;
    }

    /** Drops what the rules' {@code remove} selectors match below {@code root}. */
    void removeUnwanted(Element root) {
        for (String remove : rules.remove()) {
            selectIn(root, remove).remove();
        }
    }

    private Elements select(String selector) {
        return selectIn(document, selector);
    }

    private Elements selectIn(Element root, String selector) {
        if (selector == null || selector.isBlank()) {
            return new Elements();
        }
        try {
            return root.select(selector);
        } catch (Selector.SelectorParseException e) {
            log.warn("Ignoring invalid extraction selector '{}' for {}: {}", selector, document.location(), e.getMessage());
            return new Elements();
        }
    }
}
