package io.newsaggregator.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@code datePublished}/{@code dateCreated}/{@code dateModified} from JSON-LD blocks.
 *
 * <p>Objects typed as articles outrank web pages and other types; objects inside lists of other
 * items (related articles, breadcrumbs) are ignored. A block that is not valid JSON falls back to
 * a regular-expression scan so one broken script never hides the dates.
 */
final class JsonLdDates {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> SKIPPED_CONTAINERS = Set.of(
            "itemlistelement", "relatedlink", "relatedlinks", "comment", "review", "haspart",
            "isbasedon", "citation", "breadcrumb", "mentions", "recipeinstructions", "potentialaction");
    private static final Pattern RAW_PUBLISHED = Pattern.compile(
            "\"(?:datePublished|dateCreated)\"\\s*:\\s*\"([^\"]{6,60})\"");
    private static final Pattern RAW_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]{6,60})\"");

    /** Dates found for one JSON-LD object, with how well its type says "this is the article". */
    record Found(String published, String modified, int rank) {
    }

    List<Found> find(Document document) {
        List<Found> found = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                walk(MAPPER.readTree(json), found, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                scanRaw(json, found);
            }
        }
        return found;
    }

    private static void walk(JsonNode node, List<Found> found, int depth) {
        if (node == null || depth > 12) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> walk(child, found, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String published = text(node, "datePublished");
        if (published == null) {
            published = text(node, "dateCreated");
        }
        String modified = text(node, "dateModified");
        if (published != null || modified != null) {
            found.add(new Found(published, modified, rank(node.get("@type"))));
        }
        node.fields().forEachRemaining(field -> {
            if (!SKIPPED_CONTAINERS.contains(field.getKey().toLowerCase(Locale.ROOT))
                    && (field.getValue().isContainerNode())) {
                walk(field.getValue(), found, depth + 1);
            }
        });
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value.isNumber()) {
            return value.asText();
        }
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** 3 = article-like, 2 = untyped, 1 = web page, 0 = anything else (video, person, event...). */
    private static int rank(JsonNode type) {
        if (type == null) {
            return 2;
        }
        String types = type.toString().toLowerCase(Locale.ROOT);
        if (types.contains("article") || types.contains("blogposting") || types.contains("report")
                || types.contains("liveblogposting") || types.contains("posting")) {
            return 3;
        }
        if (types.contains("webpage")) {
            return 1;
        }
        return 0;
    }

    private static void scanRaw(String json, List<Found> found) {
        Matcher published = RAW_PUBLISHED.matcher(json);
        Matcher modified = RAW_MODIFIED.matcher(json);
        String p = published.find() ? published.group(1) : null;
        String m = modified.find() ? modified.group(1) : null;
        if (p != null || m != null) {
            found.add(new Found(p, m, 2));
        }
    }
}
