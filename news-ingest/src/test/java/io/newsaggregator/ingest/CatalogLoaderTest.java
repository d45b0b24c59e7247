package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.model.SourceSpec;
import io.newsaggregator.domain.model.FeedKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
    private static final String VALID = """
            portals:
              - code: example
                name: Example News
                homepage: https://www.example.com/
                language: en
                feeds:
                  - {url: https://www.example.com/world/rss.xml, category: world}
                sections:
                  - {url: https://www.example.com/world, category: world, links: "a[href*='/articles/']"}
                sitemaps: [https://www.example.com/sitemap-news.xml]
                rules: {title: h1, body: "article .text", remove: [figure, .ad], author: "[rel=author]", published: "time[datetime]"}
              - code: second
                name: Second
                homepage: https://second.example.org/
                feeds:
                  - url: https://second.example.org/feed.atom
            """;

    @Test
    void defaultCatalogHasTwentyPortalsWithUniqueCodesAndValidSources() {
        Catalog catalog = CatalogLoader.loadDefault();

        assertThat(catalog.portals()).hasSize(20);
        assertThat(new HashSet<>(catalog.portals().stream().map(PortalDefinition::code).toList())).hasSize(20);
        for (PortalDefinition portal : catalog.portals()) {
            assertThat(portal.feeds()).as(portal.code()).isNotEmpty();
            assertThat(portal.toPortal().homepage()).startsWith("http");
            portal.sections().stream().map(SourceDefinition::linkSelector).filter(s -> s != null)
                    .forEach(QueryParser::parse);
        }
    }

    @Test
    void convertsDefinitionsToDomainObjects() {
        Catalog catalog = CatalogLoader.parse("catalog.yaml", VALID);
        PortalDefinition example = catalog.portal("example").orElseThrow();

        assertThat(example.toPortal().code()).isEqualTo("example");
        assertThat(example.toPortal().language()).isEqualTo("en");
        List<SourceSpec> sources = example.toSpec().sources();
        assertThat(sources).extracting(SourceSpec::kind).containsExactly(FeedKind.FEED, FeedKind.SECTION, FeedKind.SITEMAP);
        assertThat(sources.get(1).linkSelector()).isEqualTo("a[href*='/articles/']");
        assertThat(sources.get(1).categoryCode()).isEqualTo("world");
        assertThat(example.toSpec().portal()).isEqualTo(example.toPortal());
        assertThat(example.rules().title()).isEqualTo("h1");
        assertThat(example.rules().remove()).containsExactly("figure", ".ad");
        assertThat(example.categoryCodes()).containsExactly("world");
        assertThat(catalog.portal("second").orElseThrow().rules().body()).isNull();
    }

    @Test
    void loadsAFileAndNamesItInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-catalog.yaml");
        Files.writeString(file, VALID);
        assertThat(CatalogLoader.load(file).size()).isEqualTo(2);

        Files.writeString(file, VALID.replace("https://second.example.org/feed.atom", "/feed.atom"));
        assertThatThrownBy(() -> CatalogLoader.load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ": portal 'second' (#2): feeds[0].url: '/feed.atom' is not an absolute http(s) URL");
    }

    @Test
    void reportsAMissingFileReadably(@TempDir Path dir) {
        assertThatThrownBy(() -> CatalogLoader.load(dir.resolve("absent.yaml")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("absent.yaml does not exist");
    }

    @Test
    void rejectsABadCode() {
        assertError(VALID.replace("code: example", "code: Example News"),
                "catalog.yaml: portal #1: code: 'Example News' must match [a-z0-9_-]{1,64}");
    }

    @Test
    void rejectsAMissingCode() {
        assertError(VALID.replace("  - code: second\n", "  - \n"), "catalog.yaml: portal #2: code: missing");
    }

    @Test
    void rejectsAMissingUrl() {
        assertError(VALID.replace("  - url: https://second.example.org/feed.atom", "  - category: world"),
                "catalog.yaml: portal 'second' (#2): feeds[0].url: missing");
    }

    @Test
    void rejectsARelativeUrl() {
        assertError(VALID.replace("url: https://www.example.com/world/rss.xml", "url: world/rss.xml"),
                "catalog.yaml: portal 'example' (#1): feeds[0].url: 'world/rss.xml' is not an absolute http(s) URL");
    }

    @Test
    void rejectsANonHttpUrl() {
        assertError(VALID.replace("https://www.example.com/sitemap-news.xml", "ftp://example.com/s.xml"),
                "catalog.yaml: portal 'example' (#1): sitemaps[0]: 'ftp://example.com/s.xml' is not an absolute http(s) URL");
    }

    @Test
    void rejectsABadSelector() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", VALID.replace("a[href*='/articles/']", "a[href*=")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("catalog.yaml: portal 'example' (#1): sections[0].links: 'a[href*=' is not a valid CSS selector");
    }

    @Test
    void rejectsABadRuleSelector() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", VALID.replace("remove: [figure, .ad]", "remove: [figure, '>>']")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("catalog.yaml: portal 'example' (#1): rules.remove[1]: '>>' is not a valid CSS selector");
    }

    @Test
    void rejectsAnUnknownKeyInAFeed() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", VALID.replace("category: world}", "categroy: world}")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("catalog.yaml: portal 'example' (#1): feeds[0].categroy: unknown key");
    }

    @Test
    void rejectsAnUnknownPortalKey() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", VALID.replace("    language: en\n", "    lang: en\n")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("catalog.yaml: portal 'example' (#1): lang: unknown key");
    }

    @Test
    void rejectsAnUnknownTopLevelKey() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", "version: 2\n" + VALID))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("catalog.yaml: version: unknown key");
    }

    @Test
    void rejectsADuplicateCode() {
        assertError(VALID.replace("code: second", "code: example"),
                "catalog.yaml: portal 'example' (#2): code: duplicate code 'example', already used by portal #1");
    }

    @Test
    void acceptsAPortalWithOnlyAHomepageForAutodiscovery() {
        Catalog catalog = CatalogLoader.parse("catalog.yaml",
                VALID.replace("    feeds:\n      - url: https://second.example.org/feed.atom\n", ""));

        assertThat(catalog.portal("second").orElseThrow().toSpec().sources()).isEmpty();
    }

    @Test
    void rejectsABadLanguage() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", VALID.replace("language: en", "language: English")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("catalog.yaml: portal 'example' (#1): language: 'English'");
    }

    @Test
    void rejectsInvalidYamlWithItsPosition() {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", "portals:\n  - code: [unclosed\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("catalog.yaml: not valid YAML at line");
    }

    @Test
    void rejectsAnEmptyCatalog() {
        assertError("", "catalog.yaml: the catalog is empty; expected a 'portals' list");
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", yaml))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(message);
    }

    @Test
    void refusesDevicesAndDirectoriesWithoutReadingThem(@TempDir Path dir) {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertThatThrownBy(() -> CatalogLoader.load(zero))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("catalog file /dev/zero is not a regular file");
        }
        assertThatThrownBy(() -> CatalogLoader.load(dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("catalog file " + dir + " is not a regular file");
        assertThatThrownBy(() -> CatalogLoader.load(dir.resolve("missing.yaml")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("catalog file " + dir.resolve("missing.yaml") + " does not exist");
    }

    @Test
    void refusesAFileLargerThanTheCap(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[CatalogLoader.MAX_BYTES + 1]);

        assertThatThrownBy(() -> CatalogLoader.load(big))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("catalog file " + big + " is larger than 1 MiB; a catalog is a small YAML file");
    }

    @Test
    void refusesHostileYamlWithOneLine() {
        String hugeScalar = "portals:\n  - code: x\n    name: " + "a".repeat(CatalogLoader.MAX_VALUE_LENGTH + 1) + "\n";
        String deep = "portals: " + "[".repeat(500) + "]".repeat(500) + "\n";
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        for (String yaml : List.of(hugeScalar, deep, bomb.toString())) {
            assertThatThrownBy(() -> CatalogLoader.parse("catalog.yaml", yaml))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("catalog.yaml: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400));
        }
    }
}
