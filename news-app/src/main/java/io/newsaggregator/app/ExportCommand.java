package io.newsaggregator.app;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.PersistenceSettings;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: stored articles out, one per line, as JSON lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write stored articles to stdout as JSON lines or CSV.")
final class ExportCommand extends DatabaseCommand {
    private static final int PAGE = 500;
    static final List<String> COLUMNS = List.of("portal", "source", "url", "canonicalUrl", "title", "authors",
            "publishedAt", "modifiedAt", "language", "section", "categories", "lead", "text", "image",
            "firstSeenAt", "lastSeenAt", "revisions");

    enum Format { jsonl, csv }

    @Option(names = "--portal", paramLabel = "CODE", split = ",", description = "Only these portals (repeatable).")
    List<String> portals = new ArrayList<>();

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only articles seen since then: an ISO instant (2026-11-24T08:00:00Z) or a day (2026-11-24, UTC).")
    String since;

    @Option(names = "--format", defaultValue = "jsonl", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--raw-cells",
            description = "With --format csv: write every cell exactly as stored. By default a cell starting with = + - @, TAB or CR gets a leading ' so that spreadsheets do not run it as a formula.")
    boolean rawCells;

    @Override
    int run(Database db) {
        Instant from = since == null ? null : parseTime(since);
        PrintWriter out = spec.commandLine().getOut();
        prepareSchema(db, false);
        try (JpaPersistence persistence = JpaPersistence.start(PersistenceSettings.forDataSource(db.dataSource())
                .withSchema(db.schema()).withTablePrefix(db.tablePrefix()))) {
            Lookups lookups = persistence.unitOfWork().readOnly(this::lookups);
            if (format == Format.csv) {
                out.println(Csv.row(COLUMNS, true));
            }
            long lastId = 0;
            int written = 0;
            while (true) {
                long after = lastId;
                List<Map<String, Object>> page = persistence.unitOfWork().readOnly(repos -> page(repos, lookups, from, after));
                for (Map<String, Object> article : page) {
                    lastId = (Long) article.remove("id");
                    out.println(format == Format.csv ? Csv.row(COLUMNS.stream().map(article::get).toList(), rawCells) : Output.toJson(article));
                    written++;
                }
                out.flush();
                if (page.size() < PAGE) {
                    break;
                }
            }
            spec.commandLine().getErr().println("Exported " + written + " articles.");
        }
        return NewsApp.OK;
    }

    private record Lookups(Map<PortalId, String> portalCodes, List<PortalId> selected, Map<FeedId, String> sources,
                           Map<CategoryId, String> categories) {
    }

    private Lookups lookups(Repositories repos) {
        Map<PortalId, String> codes = repos.portals().find(Query.of(Portal.class)).stream()
                .collect(Collectors.toMap(Portal::id, Portal::code));
        List<PortalId> selected = new ArrayList<>();
        for (String code : portals) {
            selected.add(repos.portals().findByCode(code)
                    .orElseThrow(() -> new IllegalArgumentException("no stored portal '" + code + "'; stored: "
                            + String.join(", ", codes.values())))
                    .id());
        }
        Map<FeedId, String> sources = repos.feeds().find(Query.of(Feed.class)).stream()
                .collect(Collectors.toMap(Feed::id, Feed::url));
        Map<CategoryId, String> categories = repos.categories().find(Query.of(Category.class)).stream()
                .collect(Collectors.toMap(Category::id, Category::code));
        return new Lookups(codes, selected, sources, categories);
    }

    private List<Map<String, Object>> page(Repositories repos, Lookups lookups, Instant from, long afterId) {
        Query<Article> query = Query.of(Article.class);
        if (afterId > 0) {
            query = query.where(ArticleField.ID.gt(ArticleId.of(afterId)));
        }
        if (!lookups.selected().isEmpty()) {
            query = query.where(ArticleField.PORTAL_ID.in(lookups.selected()));
        }
        if (from != null) {
            query = query.where(ArticleField.LAST_SEEN_AT.ge(from));
        }
        List<Article> articles = repos.articles().find(query.orderBy(ArticleField.ID.asc()).limit(PAGE));
        Map<ArticleId, List<CategoryId>> categories = repos.articles()
                .categoriesOfAll(articles.stream().map(Article::id).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("portal", lookups.portalCodes().get(a.portalId()));
            row.put("source", a.discoveredVia() == null ? null : lookups.sources().get(a.discoveredVia()));
            row.put("url", a.url());
            row.put("canonicalUrl", a.canonicalUrl());
            row.put("title", a.title());
            row.put("authors", a.authors());
            row.put("publishedAt", a.publishedAt());
            row.put("modifiedAt", a.modifiedAt());
            row.put("language", a.language());
            row.put("section", a.section());
            row.put("categories", categories.getOrDefault(a.id(), List.of()).stream()
                    .map(id -> lookups.categories().getOrDefault(id, String.valueOf(id))).sorted().toList());
            row.put("lead", a.lead());
            row.put("text", a.bodyText());
            row.put("image", a.imageUrl());
            row.put("firstSeenAt", a.firstSeenAt());
            row.put("lastSeenAt", a.lastSeenAt());
            row.put("revisions", a.revision());
            row.put("id", a.id().value());
            rows.add(row);
        }
        return rows;
    }

    static Instant parseTime(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--since '" + text + "' is neither an ISO instant nor a day (YYYY-MM-DD)");
        }
    }
}
