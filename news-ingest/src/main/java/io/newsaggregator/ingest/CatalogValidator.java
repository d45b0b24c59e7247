package io.newsaggregator.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.model.ExtractionRules;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Turns the YAML tree of a catalog into definitions, failing on the first error with its location. */
final class CatalogValidator {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_-]{1,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> ROOT_KEYS = Set.of("portals");
    private static final Set<String> PORTAL_KEYS =
            Set.of("code", "name", "homepage", "language", "feeds", "sections", "sitemaps", "rules");
    private static final Set<String> FEED_KEYS = Set.of("url", "category");
    private static final Set<String> SECTION_KEYS = Set.of("url", "category", "links");
    private static final Set<String> RULE_KEYS = Set.of("title", "body", "author", "published", "remove");

    private final String file;

    CatalogValidator(String file) {
        this.file = file;
    }

    Catalog validate(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigurationException(file + ": the catalog is empty; expected a 'portals' list");
        }
        if (!root.isObject()) {
            throw new ConfigurationException(file + ": expected a mapping with a 'portals' list at the top");
        }
        rejectUnknownKeys(root, ROOT_KEYS, file + ": ");
        JsonNode portals = root.get("portals");
        if (portals == null || !portals.isArray() || portals.isEmpty()) {
            throw new ConfigurationException(file + ": portals: expected a non-empty list of portals");
        }
        List<PortalDefinition> definitions = new ArrayList<>();
        Map<String, Integer> numberByCode = new HashMap<>();
        int number = 0;
        for (JsonNode portal : portals) {
            number++;
            PortalDefinition definition = portal(portal, number);
            Integer earlier = numberByCode.putIfAbsent(definition.code(), number);
            if (earlier != null) {
                throw new ConfigurationException(where(definition.code(), number) + "code: duplicate code '"
                        + definition.code() + "', already used by portal #" + earlier);
            }
            definitions.add(definition);
        }
        return new Catalog(definitions);
    }

    private PortalDefinition portal(JsonNode node, int number) {
        String anonymous = file + ": portal #" + number + ": ";
        if (!node.isObject()) {
            throw new ConfigurationException(anonymous + "expected a mapping of portal keys");
        }
        String code = text(node, "code", anonymous);
        if (code == null) {
            throw new ConfigurationException(anonymous + "code: missing");
        }
        if (!CODE.matcher(code).matches()) {
            throw new ConfigurationException(anonymous + "code: '" + code + "' must match [a-z0-9_-]{1,64}");
        }
        String at = where(code, number);
        rejectUnknownKeys(node, PORTAL_KEYS, at);
        String name = required(node, "name", at);
        String homepage = httpUrl(required(node, "homepage", at), at + "homepage");
        String language = text(node, "language", at);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new ConfigurationException(at + "language: '" + language + "' is not a language code such as 'en' or 'pt-BR'");
        }
        List<SourceDefinition> feeds = sources(node, "feeds", FEED_KEYS, at);
        List<SourceDefinition> sections = sources(node, "sections", SECTION_KEYS, at);
        List<SourceDefinition> sitemaps = sitemaps(node, at);
        return new PortalDefinition(code, name, homepage, language, feeds, sections, sitemaps, rules(node, at));
    }

    private List<SourceDefinition> sources(JsonNode portal, String key, Set<String> allowed, String at) {
        JsonNode list = portal.get(key);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigurationException(at + key + ": expected a list");
        }
        List<SourceDefinition> sources = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String field = at + key + "[" + i + "].";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                throw new ConfigurationException(at + key + "[" + i + "]: expected a mapping with at least 'url'");
            }
            rejectUnknownKeys(item, allowed, field);
            String url = httpUrl(required(item, "url", field), field + "url");
            Integer earlier = seen.putIfAbsent(url, i);
            if (earlier != null) {
                throw new ConfigurationException(field + "url: duplicate of " + key + "[" + earlier + "].url");
            }
            String category = category(item, field);
            String links = selector(item, "links", field);
            sources.add(new SourceDefinition(url, category, links));
        }
        return sources;
    }

    private List<SourceDefinition> sitemaps(JsonNode portal, String at) {
        JsonNode list = portal.get("sitemaps");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigurationException(at + "sitemaps: expected a list of URLs");
        }
        List<SourceDefinition> sitemaps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String field = at + "sitemaps[" + i + "]";
            if (!item.isTextual()) {
                throw new ConfigurationException(field + ": expected a URL string");
            }
            sitemaps.add(new SourceDefinition(httpUrl(item.asText(), field), null, null));
        }
        return sitemaps;
    }

    private ExtractionRules rules(JsonNode portal, String at) {
        JsonNode rules = portal.get("rules");
        if (rules == null || rules.isNull()) {
            return ExtractionRules.NONE;
        }
        String field = at + "rules.";
        if (!rules.isObject()) {
            throw new ConfigurationException(at + "rules: expected a mapping of selectors");
        }
        rejectUnknownKeys(rules, RULE_KEYS, field);
        List<String> remove = new ArrayList<>();
        JsonNode removeNode = rules.get("remove");
        if (removeNode != null && !removeNode.isNull()) {
            if (removeNode.isTextual()) {
                remove.add(checkSelector(removeNode.asText(), field + "remove"));
            } else if (removeNode.isArray()) {
                for (int i = 0; i < removeNode.size(); i++) {
                    JsonNode s = removeNode.get(i);
                    if (!s.isTextual()) {
                        throw new ConfigurationException(field + "remove[" + i + "]: expected a CSS selector string");
                    }
                    remove.add(checkSelector(s.asText(), field + "remove[" + i + "]"));
                }
            } else {
                throw new ConfigurationException(field + "remove: expected a list of CSS selectors");
            }
        }
        return new ExtractionRules(selector(rules, "title", field), selector(rules, "body", field),
                selector(rules, "author", field), selector(rules, "published", field), remove);
    }

    private String category(JsonNode item, String field) {
        String category = text(item, "category", field);
        if (category != null && !CODE.matcher(category).matches()) {
            throw new ConfigurationException(field + "category: '" + category + "' must match [a-z0-9_-]{1,64}");
        }
        return category;
    }

    private String selector(JsonNode node, String key, String field) {
        String selector = text(node, key, field);
        return selector == null ? null : checkSelector(selector, field + key);
    }

    private static String checkSelector(String selector, String field) {
        if (selector.isBlank()) {
            throw new ConfigurationException(field + ": empty CSS selector");
        }
        try {
            QueryParser.parse(selector);
            return selector;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new ConfigurationException(field + ": '" + selector + "' is not a valid CSS selector: " + e.getMessage(), e);
        }
    }

    private static String httpUrl(String value, String field) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value.strip();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ConfigurationException(field + ": '" + value + "' is not an absolute http(s) URL");
    }

    private static String required(JsonNode node, String key, String at) {
        String value = text(node, key, at);
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(at + key + ": missing");
        }
        return value;
    }

    /** A scalar value as text, null when absent; lists and mappings are an error. */
    private static String text(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new ConfigurationException(at + key + ": expected a single value, not a " + (value.isArray() ? "list" : "mapping"));
        }
        return value.asText().strip();
    }

    private static void rejectUnknownKeys(JsonNode node, Set<String> allowed, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new ConfigurationException(at + key + ": unknown key; allowed are " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private String where(String code, int number) {
        return file + ": portal '" + code + "' (#" + number + "): ";
    }
}
