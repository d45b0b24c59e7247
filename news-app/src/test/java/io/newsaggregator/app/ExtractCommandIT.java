package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.app.site.TestNewsSite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = """
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Der Hafen | Zeitung</title>
            <meta property="og:title" content="Der Hafen wird erweitert">
            <meta property="article:published_time" content="2026-10-02T09:15:00+02:00">
            <link rel="canonical" href="https://zeitung.example/hafen-wird-erweitert"></head>
            <body><nav><a href="/">Start</a></nav><article><h1>Der Hafen wird erweitert</h1>
            <p class="byline">Von Jana Krüger</p>
            <p>Der Stadtrat hat am Dienstag beschlossen, den alten Hafen um zwei neue Anleger zu erweitern und die Kaimauer zu sanieren.</p>
            <p>Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern; die Kosten trägt zum größten Teil das Land.</p>
            </article><footer>Impressum</footer></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void extractsSavedPagesAndReportsUnreadableOnesWithoutStopping() throws IOException {
        Path plain = dir.resolve("hafen.html");
        Files.writeString(plain, PAGE);
        Path gzipped = dir.resolve("hafen.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path broken = dir.resolve("broken.html.gz");
        Files.writeString(broken, "not gzip at all");

        AppRunner.Result result = AppRunner.run("extract", "--format", "json", "--base-url", "https://zeitung.example/hafen",
                plain.toString(), broken.toString(), gzipped.toString());

        assertThat(result.exitCode()).isEqualTo(NewsApp.FAILED);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("source").asText()).isEqualTo(plain.toString());
        assertThat(first.get("title").asText()).isEqualTo("Der Hafen wird erweitert");
        assertThat(first.get("canonicalUrl").asText()).isEqualTo("https://zeitung.example/hafen-wird-erweitert");
        assertThat(first.get("language").asText()).isEqualTo("de");
        assertThat(first.get("publishedAt").asText()).isEqualTo("2026-10-02T09:15+02:00");
        assertThat(first.get("text").asText()).contains("zwei neue Anleger", "\n", "größten Teil").doesNotContain("Impressum");
        for (String field : List.of("url", "authors", "modifiedAt", "section", "lead", "image")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode error = JSON.readTree(lines.get(1));
        assertThat(error.get("source").asText()).isEqualTo(broken.toString());
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(JSON.readTree(lines.get(2)).get("title").asText()).isEqualTo("Der Hafen wird erweitert");
    }

    @Test
    void aMissingFileIsAUsageErrorSaidInOneLineBeforeAnythingIsExtracted() throws IOException {
        Path plain = dir.resolve("present.html");
        Files.writeString(plain, PAGE);
        Path missing = dir.resolve("missing.html");

        AppRunner.Result result = AppRunner.run("extract", plain.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(NewsApp.USAGE);
        assertThat(result.err().strip()).isEqualTo("news-app: no such file: " + missing);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aDashReadsThePageFromStandardInput() throws IOException {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
            AppRunner.Result result = AppRunner.run("extract", "--format", "json", "--base-url",
                    "https://zeitung.example/hafen", "-");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode page = JSON.readTree(result.out());
            assertThat(page.get("source").asText()).isEqualTo("-");
            assertThat(page.get("title").asText()).isEqualTo("Der Hafen wird erweitert");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void extractsAPageFetchedFromAUrl() throws IOException {
        try (TestNewsSite site = TestNewsSite.start(3)) {
            AppRunner.Result result = AppRunner.run("extract", "--format", "json", "--allow-network", TestNewsSite.HOST + "/32",
                    "--url", site.url(TestNewsSite.articlePath(3)));

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode article = JSON.readTree(result.out());
            assertThat(article.get("authors").get(0).asText()).isEqualTo("Maria Jensen");
            assertThat(article.get("text").asText()).contains("voted on the proposal numbered 3");
        }
    }

    @Test
    void refusesAUrlOnALoopbackAddressUnlessAllowed() throws IOException {
        try (TestNewsSite site = TestNewsSite.start(1)) {
            AppRunner.Result result = AppRunner.run("extract", "--format", "json", "--url", site.url(TestNewsSite.articlePath(1)));

            assertThat(result.exitCode()).isEqualTo(NewsApp.FAILED);
            assertThat(JSON.readTree(result.out()).get("error").asText()).contains("127.0.0.2");
        }
    }

    @Test
    void printsReadableTextByDefault() throws IOException {
        Path plain = dir.resolve("hafen.html");
        Files.writeString(plain, PAGE);

        AppRunner.Result result = AppRunner.run("extract", plain.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Title:     Der Hafen wird erweitert", "Language:  de", "zwei neue Anleger");
    }
}
