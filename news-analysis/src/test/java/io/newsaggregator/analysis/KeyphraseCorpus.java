package io.newsaggregator.analysis;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shared key-phrase development set (read in place, never copied). */
final class KeyphraseCorpus {

    record Document(String id, String title, String body, List<String> goldPhrases) {
    }

    private KeyphraseCorpus() {
    }

    /** The corpus directory, searched relative to the working directory, if present. */
    static Optional<Path> locate(String[] args) {
        List<Path> candidates = new ArrayList<>();
        if (args.length > 0 && !args[0].startsWith("--")) {
            candidates.add(Path.of(args[0]));
        }
        candidates.add(Path.of("../shared/corpus/keyphrase-dev/docs"));
        candidates.add(Path.of("../../shared/corpus/keyphrase-dev/docs"));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    static List<Document> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            List<Document> documents = new ArrayList<>(texts.size());
            for (Path text : texts) {
                String name = text.getFileName().toString();
                String id = name.substring(0, name.length() - 4);
                String numericId = id.substring(id.lastIndexOf('-') + 1);
                Path key = dir.resolve(numericId + ".key");
                if (!Files.exists(key)) {
                    key = dir.resolve(id + ".key");
                }
                String content = Files.readString(text, UTF_8).replace("\r", "");
                int newline = content.indexOf('\n');
                String title = newline < 0 ? content : content.substring(0, newline);
                String body = newline < 0 ? "" : content.substring(newline + 1);
                List<String> gold = Files.readAllLines(key, UTF_8).stream()
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                documents.add(new Document(id, title.strip(), body.strip(), gold));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key-phrase corpus in " + dir, e);
        }
    }
}
