package io.newsaggregator.ingest.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsaggregator.domain.error.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads a portal catalog from YAML (format: {@code docs/catalog.md}) and validates it completely
 * on load. Every error is a {@link ConfigurationException} naming the file, the portal and the
 * field, e.g. {@code catalog.yaml: portal 'bbc' (#3): feeds[1].url: not an absolute http(s) URL}.
 */
public final class CatalogLoader {
    /** Class-path location of the catalog shipped with the library. */
    public static final String DEFAULT_RESOURCE = "/io/newsaggregator/ingest/catalog/default-catalog.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CatalogLoader() {
    }

    /** Loads and validates the catalog file. */
    public static Catalog load(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("catalog file " + file + " cannot be read: " + e, e);
        }
        return parse(file.toString(), text);
    }

    /** Loads the default catalog of 20 major news portals shipped with the library. */
    public static Catalog loadDefault() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("default catalog " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse("default-catalog.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("default catalog " + DEFAULT_RESOURCE + " cannot be read: " + e, e);
        }
    }

    /**
     * Parses and validates catalog text.
     *
     * @param fileName how errors name the source
     */
    public static Catalog parse(String fileName, String yaml) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(yaml, "yaml");
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigurationException(fileName + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        }
        return new CatalogValidator(fileName).validate(root);
    }
}
