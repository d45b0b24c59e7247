package io.newsaggregator.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code headlines.csv} (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
final class HeadlineCsv {

    private HeadlineCsv() {
    }

    /** Headlines in timestamp order (ties by row order). */
    static List<Headline> read(Path file) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new IOException("empty CSV: " + file);
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).trim(), i);
        }
        for (String name : List.of("ID", "TITLE", "PUBLISHER", "STORY", "HOSTNAME", "TIMESTAMP")) {
            if (!column.containsKey(name)) {
                throw new IOException("column " + name + " missing in " + file);
            }
        }
        List<Headline> headlines = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < header.size()) {
                continue;
            }
            headlines.add(new Headline(row.get(column.get("ID")), row.get(column.get("TITLE")),
                    row.get(column.get("PUBLISHER")), row.get(column.get("HOSTNAME")),
                    row.get(column.get("STORY")),
                    Instant.ofEpochMilli(Long.parseLong(row.get(column.get("TIMESTAMP")).trim()))));
        }
        headlines.sort(Comparator.comparing(Headline::timestamp));
        return headlines;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
