package io.newsaggregator.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.ParsedFeed;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) with Jackson. */
final class JsonFeedParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    ParsedFeed parse(String source, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedContentException(source, source + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").contains("jsonfeed.org")) {
            throw new MalformedContentException(source, source + ": JSON document is not a JSON Feed (no jsonfeed.org version)");
        }
        List<DiscoveredLink> links = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String raw = item.path("url").asText(null);
            if (raw == null) {
                raw = item.path("external_url").asText(null);
            }
            Optional<String> url = FeedText.absoluteHttpUrl(source, raw);
            if (url.isEmpty()) {
                continue;
            }
            Instant published = DateValues.parse(item.path("date_published").asText(null))
                    .or(() -> DateValues.parse(item.path("date_modified").asText(null)))
                    .map(OffsetDateTime::toInstant).orElse(null);
            Set<String> tags = new LinkedHashSet<>();
            for (JsonNode tag : item.path("tags")) {
                String t = FeedText.cleanTitle(tag.asText(null));
                if (t != null) {
                    tags.add(t);
                }
            }
            links.add(new DiscoveredLink(url.get(), FeedText.cleanTitle(item.path("title").asText(null)), published,
                    List.copyOf(tags)));
        }
        return new ParsedFeed(FeedText.cleanTitle(root.path("title").asText(null)), links, List.of());
    }
}
