package io.newsaggregator.app;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.port.in.ExportArticles;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: stored articles out, as JSON lines, one JSON array or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write stored articles to stdout as JSON lines, one JSON array or CSV.")
final class ExportCommand extends DatabaseCommand {
    private static final int FLUSH_EVERY = 500;
    static final List<String> COLUMNS = List.of("portal", "source", "url", "canonicalUrl", "title", "authors",
            "publishedAt", "modifiedAt", "language", "section", "categories", "lead", "text", "image",
            "firstSeenAt", "lastSeenAt", "revisions");

    enum Format { jsonl, json, csv }

    @Option(names = "--portal", paramLabel = "CODE", split = ",", description = "Only these portals (repeatable).")
    List<String> portals = new ArrayList<>();

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only articles seen since then: an ISO instant (2026-11-24T08:00:00Z), a day (2026-11-24, UTC), today, yesterday, or an age (2h, 3d, PT2H).", converter = TimeArgument.Converter.class)
    TimeArgument since;

    @Option(names = "--format", defaultValue = "jsonl", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--raw-cells",
            description = "With --format csv: write every cell exactly as stored. By default a cell starting with = + - @, TAB or CR gets a leading ' so that spreadsheets do not run it as a formula.")
    boolean rawCells;

    @Override
    int run(Database db) {
        Instant from = since == null ? null : since.resolve(clock());
        PrintWriter out = spec.commandLine().getOut();
        prepareSchema(db, false);
        try (NewsAggregator news = newsOn(db).build()) {
            if (format == Format.csv) {
                out.println(Csv.row(COLUMNS, true));
            } else if (format == Format.json) {
                out.print("[");
            }
            long[] written = {0};
            news.exportArticles().export(new ExportArticles.Request(portals, from), article -> {
                Map<String, Object> row = row(article);
                switch (format) {
                    case csv -> out.println(Csv.row(COLUMNS.stream().map(row::get).toList(), rawCells));
                    case json -> out.print((written[0] == 0 ? "\n" : ",\n") + Output.toJson(row));
                    case jsonl -> out.println(Output.toJson(row));
                }
                if (++written[0] % FLUSH_EVERY == 0) {
                    out.flush();
                }
            });
            if (format == Format.json) {
                out.println(written[0] == 0 ? "]" : "\n]");
            }
            out.flush();
            spec.commandLine().getErr().println("Exported " + written[0] + " articles.");
        }
        return NewsApp.OK;
    }

    private static Map<String, Object> row(ExportArticles.ExportedArticle exported) {
        Article a = exported.article();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("portal", exported.portal());
        row.put("source", exported.source());
        row.put("url", a.url());
        row.put("canonicalUrl", a.canonicalUrl());
        row.put("title", a.title());
        row.put("authors", a.authors());
        row.put("publishedAt", a.publishedAt());
        row.put("modifiedAt", a.modifiedAt());
        row.put("language", a.language());
        row.put("section", a.section());
        row.put("categories", exported.categories());
        row.put("lead", a.lead());
        row.put("text", a.bodyText());
        row.put("image", a.imageUrl());
        row.put("firstSeenAt", a.firstSeenAt());
        row.put("lastSeenAt", a.lastSeenAt());
        row.put("revisions", a.revision());
        return row;
    }
}
