package io.newsaggregator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextDocument;
import io.newsaggregator.domain.port.in.AnalyseTexts.TextResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyse-text}: the analysis of stored articles applied to documents given on the command
 * line; nothing is stored.
 */
@Command(name = "analyse-text", mixinStandardHelpOptions = true,
        description = "Analyse documents without a database: language, word count, key phrases, shared stories.")
final class AnalyseTextCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--input", paramLabel = "FILE.jsonl",
            description = "JSON lines with id, title, text and optional portal, publishedAt ('-' reads stdin).")
    String input;

    @Parameters(paramLabel = "FILE", description = "Plain text files: the first line is the title.")
    List<Path> files = new ArrayList<>();

    @Mixin
    OutputOptions format;

    @Mixin
    VerbosityOption verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        verbosity.apply();
        if (input == null && files.isEmpty()) {
            throw new UsageException("give --input FILE.jsonl or text FILEs");
        }
        List<TextDocument> documents = new ArrayList<>();
        if (input != null) {
            documents.addAll(readJsonLines(input));
        }
        for (Path file : files) {
            documents.add(readTextFile(file));
        }
        List<TextResult> results = NewsAggregator.analyseTexts().analyse(documents);
        Output out = new Output(spec.commandLine().getOut(), format.json());
        for (TextResult result : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", result.id());
            row.put("language", result.language());
            row.put("languageConfidence", Math.round(result.languageConfidence() * 1000) / 1000.0);
            row.put("wordCount", result.wordCount());
            row.put("keyphrases", result.keyphrases().stream()
                    .map(k -> Map.of("phrase", k.text(), "score", Math.round(k.score() * 10000) / 10000.0)).toList());
            row.put("storyId", result.storyId());
            out.json(row);
            out.line("%s  [%s %.2f, %d words, story %s]", result.id(), result.language(), result.languageConfidence(),
                    result.wordCount(), result.storyId());
            out.line("    %s", String.join(", ", result.keyphrases().stream().map(k -> k.text()).toList()));
        }
        return NewsApp.OK;
    }

    private List<TextDocument> readJsonLines(String source) throws IOException {
        List<String> lines = "-".equals(source)
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
                : Files.readAllLines(Path.of(source), StandardCharsets.UTF_8);
        List<TextDocument> documents = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new UsageException(source + " line " + number + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            String id = text(node, "id");
            if (id == null) {
                id = String.valueOf(number);
            }
            documents.add(new TextDocument(id, text(node, "title"), text(node, "text"), text(node, "portal"),
                    time(node, source, number)));
        }
        return documents;
    }

    private static Instant time(JsonNode node, String source, int number) {
        String value = text(node, "publishedAt");
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(source + " line " + number + ": publishedAt '" + value + "' is not an ISO instant");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static TextDocument readTextFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String title = lines.isEmpty() ? "" : lines.get(0).strip();
        String body = lines.size() < 2 ? "" : String.join("\n", lines.subList(1, lines.size()));
        return TextDocument.of(file.getFileName().toString(), title, body);
    }
}
