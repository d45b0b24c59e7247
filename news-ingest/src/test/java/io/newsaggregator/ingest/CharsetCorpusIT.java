package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decodes the real feeds of the shared corpus (read in place from {@code ../shared/corpus}, skipped
 * when it is absent) and checks the text for decoding damage.
 */
class CharsetCorpusIT {

    private static final Path CORPUS = Path.of("../../shared/corpus").toAbsolutePath().normalize();
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF]|â€|Ð[\\u0080-\\u00BF]|Ñ[\\u0080-\\u00BF]");

    @BeforeAll
    static void corpusPresent() {
        assumeTrue(Files.isDirectory(CORPUS.resolve("feeds")), "shared corpus not found at " + CORPUS);
    }

    private static List<Path> files(String dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static List<String> damaged(List<Path> files) throws IOException {
        List<String> damaged = new ArrayList<>();
        for (Path file : files) {
            String text = TextDecoder.decodeXml(Files.readAllBytes(file), null).text();
            if (text.indexOf('\uFFFD') >= 0 || MOJIBAKE.matcher(text).find()) {
                damaged.add(file.getFileName().toString());
            }
        }
        return damaged;
    }

    @Test
    void wellFormedFeedsDecodeWithoutDamage() throws IOException {
        List<Path> feeds = files("feeds/good", "");
        assertThat(feeds).isNotEmpty();
        assertThat(damaged(feeds)).isEmpty();
    }

    @Test
    void feedsDoubleEncodedAtTheSourceAreRepaired() throws IOException {
        List<Path> feeds = files("feeds/bad", "mojibake__");
        assertThat(feeds).isNotEmpty();
        assertThat(damaged(feeds)).isEmpty();
    }

    @Test
    void utf8FeedsMisdeclaredAsLegacyCharsetsDecodeAsUtf8() throws IOException {
        List<Path> feeds = files("feeds/bad", "encoding__utf8-");
        assertThat(feeds).isNotEmpty();
        for (Path feed : feeds) {
            assertThat(TextDecoder.decodeXml(Files.readAllBytes(feed), null).charset())
                    .as(feed.getFileName().toString()).isEqualTo(StandardCharsets.UTF_8);
        }
        assertThat(damaged(feeds)).isEmpty();
    }

    @Test
    void undeclaredLegacyFeedsAreGuessedWithoutDamage() throws IOException {
        List<Path> feeds = files("feeds/bad", "encoding__").stream()
                .filter(f -> f.getFileName().toString().contains("-undeclared")).toList();
        assertThat(feeds).isNotEmpty();
        for (Path feed : feeds) {
            DecodedText decoded = TextDecoder.decodeXml(Files.readAllBytes(feed), null);
            assertThat(decoded.how()).as(feed.getFileName().toString()).contains("guessed from the letters");
        }
        assertThat(damaged(feeds)).isEmpty();
    }
}
