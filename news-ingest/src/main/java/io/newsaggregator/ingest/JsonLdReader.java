package io.newsaggregator.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the article node in a page's {@code application/ld+json} blocks ({@code @graph}, arrays and
 * nested {@code mainEntity} included). Blocks that do not parse are skipped: publishers ship
 * trailing commas, comments and raw newlines, so the parser is lenient, and what still fails is
 * ignored rather than failing the page.
 */
final class JsonLdReader {
    private static final Logger log = LoggerFactory.getLogger(JsonLdReader.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "techarticle",
            "scholarlyarticle", "report", "satiricalarticle", "advertisercontentarticle");

    JsonLdArticle read(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root = parse(script.data(), document.location());
            if (root != null) {
                flatten(root, nodes, 0);
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        JsonNode best = null;
        for (JsonNode node : nodes) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, node);
            }
            if (isArticle(node) && (best == null || (!best.hasNonNull("articleBody") && node.hasNonNull("articleBody")))) {
                best = node;
            }
        }
        return best == null ? JsonLdArticle.NONE : toArticle(best, byId);
    }

    private static JsonNode parse(String json, String location) {
        String trimmed = json.strip();
        if (trimmed.startsWith("<!--")) {
            trimmed = trimmed.substring(4);
        }
        if (trimmed.endsWith("-->")) {
            trimmed = trimmed.substring(0, trimmed.length() - 3);
        }
        trimmed = trimmed.replace("<![CDATA[", "").replace("]]>", "").strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.readTree(trimmed);
        } catch (JsonProcessingException e) {
            log.debug("Ignoring JSON-LD that does not parse on {}: {}", location, e.getOriginalMessage());
            return null;
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
            flatten(node.get("mainEntityOfPage"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static JsonLdArticle toArticle(JsonNode node, Map<String, JsonNode> byId) {
        String headline = firstText(node.get("headline"));
        if (headline == null) {
            headline = firstText(node.get("name"));
        }
        List<String> authors = new ArrayList<>();
        collectNames(node.get("author"), byId, authors, 0, false);
        if (authors.isEmpty()) {
            collectNames(node.get("creator"), byId, authors, 0, false);
        }
        List<String> credited = new ArrayList<>();
        collectNames(node.get("author"), byId, credited, 0, true);
        String language = firstText(node.get("inLanguage"));
        if (language == null && node.path("inLanguage").isObject()) {
            language = firstText(node.path("inLanguage").get("alternateName"));
        }
        JsonNode page = node.get("mainEntityOfPage");
        String url = firstText(node.get("url"));
        if (url == null && page != null) {
            url = page.isObject() ? firstText(page.get("@id")) : firstText(page);
        }
        return new JsonLdArticle(headline, authors, credited, rawText(node.get("articleBody")), language,
                url(node.get("image"), byId), firstText(node.get("articleSection")),
                firstText(node.get("description")), url, publisher(node.get("publisher"), byId));
    }

    /** The publishing organisation; a person named as publisher (one-person blogs) is the author, not the site. */
    private static String publisher(JsonNode node, Map<String, JsonNode> byId) {
        JsonNode target = node != null && node.isObject() && !node.has("name") && node.hasNonNull("@id")
                ? byId.getOrDefault(node.get("@id").asText(), node) : node;
        if (target != null && target.path("@type").toString().toLowerCase(Locale.ROOT).contains("person")) {
            return null;
        }
        List<String> names = new ArrayList<>();
        collectNames(node, byId, names, 0, true);
        return names.isEmpty() ? null : names.get(0);
    }

    /** Names of persons (or, with {@code organizations}, of any party) in a value, an object, a reference or an array. */
    private static void collectNames(JsonNode node, Map<String, JsonNode> byId, List<String> out, int depth,
                                     boolean organizations) {
        if (node == null || depth > 3) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectNames(n, byId, out, depth + 1, organizations));
        } else if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isObject()) {
            if (!organizations && node.path("@type").asText("").toLowerCase(Locale.ROOT).contains("organization")) {
                return;
            }
            String name = firstText(node.get("name"));
            if (name == null && node.hasNonNull("@id") && byId.containsKey(node.get("@id").asText())) {
                JsonNode target = byId.get(node.get("@id").asText());
                if (target != node) {
                    collectNames(target, byId, out, depth + 1, organizations);
                }
                return;
            }
            if (name != null) {
                out.add(name);
            }
        }
    }

    private static String url(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String u = url(n, byId);
                if (u != null) {
                    return u;
                }
            }
            return null;
        }
        if (node.isObject()) {
            String u = firstText(node.get("url"));
            if (u == null) {
                u = firstText(node.get("contentUrl"));
            }
            if (u == null && node.hasNonNull("@id") && byId.containsKey(node.get("@id").asText())
                    && byId.get(node.get("@id").asText()) != node) {
                return url(byId.get(node.get("@id").asText()), Map.of());
            }
            return u;
        }
        return Texts.orNull(node.asText());
    }

    /** A text value, or the first text of an array; null for objects and blanks. */
    private static String firstText(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String t = firstText(n);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        return node.isValueNode() ? Texts.orNull(node.asText()) : null;
    }

    /** Like {@link #firstText} but keeps line breaks, which separate paragraphs of an article body. */
    private static String rawText(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
