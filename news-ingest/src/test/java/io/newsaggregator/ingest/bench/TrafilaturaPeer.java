package io.newsaggregator.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the trafilatura peer script over a directory of saved pages in a child process and reads
 * back its predictions (one JSON object per page) and the CPU time per page it reports.
 */
final class TrafilaturaPeer {
    private static final Pattern CPU = Pattern.compile("([0-9.]+) ms CPU per page");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Predictions keyed by page id (the file name before {@code .html}) and the peer's CPU ms per page. */
    record Run(Map<String, JsonNode> bySource, double cpuMsPerPage) {
    }

    private TrafilaturaPeer() {
    }

    static Run run(Path script, Path htmlDir) throws IOException, InterruptedException {
        Path out = Files.createTempFile("trafilatura", ".jsonl");
        Path err = Files.createTempFile("trafilatura", ".err");
        try {
            Process process = new ProcessBuilder(script.toString(), htmlDir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = process.waitFor();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new IOException("trafilatura-extract exited with " + exit + ": " + stderr);
            }
            Matcher m = CPU.matcher(stderr);
            double cpu = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            Map<String, JsonNode> bySource = new HashMap<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                if (line.startsWith("{")) {
                    JsonNode node = JSON.readTree(line);
                    String source = node.path("source").asText();
                    int dot = source.indexOf(".htm");
                    bySource.put(dot < 0 ? source : source.substring(0, dot), node);
                }
            }
            return new Run(bySource, cpu);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
