package io.newsaggregator.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads a portal catalog from YAML (format: {@code docs/catalog.md}) and validates it completely
 * on load. Every error is a {@link ConfigurationException} naming the file, the portal and the
 * field, e.g. {@code catalog.yaml: portal 'bbc' (#3): feeds[1].url: not an absolute http(s) URL}.
 */
final class CatalogLoader {
    /** Class-path location of the catalog shipped with the library. */
    public static final String DEFAULT_RESOURCE = "/io/newsaggregator/ingest/catalog/default-catalog.yaml";

    /** Largest catalog file read; the shipped one of 20 portals is about 10 KiB. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Longest single value (a URL, a selector, a name). */
    public static final int MAX_VALUE_LENGTH = 64 * 1024;
    private static final int MAX_NESTING = 20;
    private static final int MAX_ALIASES = 50;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_VALUE_LENGTH).maxDocumentLength(MAX_BYTES).build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** A catalog is a small document: these limits end hostile YAML (huge scalars, deep nesting, alias bombs) early. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    private CatalogLoader() {
    }

    /**
     * Loads and validates the catalog file: a regular file of at most {@link #MAX_BYTES} bytes
     * (so a device such as {@code /dev/zero}, a pipe or a directory is refused before anything is read).
     */
    public static Catalog load(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("catalog file " + file + (Files.exists(file)
                    ? " is not a regular file" : " does not exist"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read at most one byte past the cap: the size on disk may change between check and read
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ConfigurationException("catalog file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigurationException("catalog file " + file + " is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB; a catalog is a small YAML file");
        }
        return parse(file.toString(), new String(bytes, StandardCharsets.UTF_8));
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
        } catch (StreamConstraintsException e) {
            throw new ConfigurationException(fileName + ": exceeds a catalog limit: " + firstLine(e.getMessage()), e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigurationException(fileName + ": not valid YAML" + where + ": " + firstLine(e.getOriginalMessage()), e);
        } catch (YAMLException e) {
            // SnakeYAML's own limits (code points, nesting, aliases) arrive unwrapped
            throw new ConfigurationException(fileName + ": not valid YAML: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new ConfigurationException(fileName + ": cannot be read: " + firstLine(e.getMessage()), e);
        }
        return new CatalogValidator(fileName).validate(root);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
