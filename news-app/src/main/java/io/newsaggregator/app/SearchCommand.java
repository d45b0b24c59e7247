package io.newsaggregator.app;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.error.QueryTimeoutException;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: full-text search over stored articles, ranked, with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search over stored articles.")
final class SearchCommand extends DatabaseCommand {
    @Parameters(paramLabel = "QUERY", description = "Words; \"quoted phrases\", OR and -excluded words work as in web search.")
    String query;

    @Option(names = "--portal", paramLabel = "CODE", split = ",", description = "Only these portals.")
    List<String> portals = new ArrayList<>();

    @Option(names = "--section", description = "Only this section.")
    String section;

    @Option(names = "--language", paramLabel = "CODE", description = "Only this language (ISO 639-1); also stems the query in it.")
    String language;

    @Option(names = "--from", paramLabel = "TIME", description = "Published at or after: ISO instant, day, today, yesterday, or an age (2h, 3d).", converter = TimeArgument.Converter.class)
    TimeArgument from;

    @Option(names = "--to", paramLabel = "TIME", description = "Published before: ISO instant, day, today, yesterday, or an age (2h, 3d).", converter = TimeArgument.Converter.class)
    TimeArgument to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    OutputOptions format;

    @Override
    void validate() {
        OptionRanges.count("--limit", limit, 1, 1000);
        query(List.of());
    }

    /** The query with these options; a query too long or of too many words is a usage error. */
    private SearchQuery query(List<PortalId> selected) {
        Instant fromTime = from == null ? null : from.resolve(clock());
        Instant toTime = to == null ? null : to.resolve(clock());
        try {
            return new SearchQuery(query, selected, section, language, fromTime, toTime, limit);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    @Override
    int run(Database db) {
        Output out = output(format.json());
        prepareSchema(db, false);
        try (NewsAggregator news = newsOn(db).build()) {
            Map<PortalId, String> codes = news.portalCodes();
            List<PortalId> selected = new ArrayList<>();
            for (String code : portals) {
                selected.add(codes.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                        .findFirst().orElseThrow(() -> new UsageException("no stored portal '" + code + "'")));
            }
            List<SearchHit> hits = search(news, query(selected));
            out.json(hits.stream().map(hit -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("portal", codes.get(hit.portalId()));
                row.put("title", hit.title());
                row.put("url", hit.url());
                row.put("publishedAt", hit.publishedAt());
                row.put("rank", hit.rank());
                row.put("snippet", hit.snippet());
                return row;
            }).toList());
            if (hits.isEmpty()) {
                out.line("No article matches \"%s\".", query);
            }
            int n = 1;
            for (SearchHit hit : hits) {
                out.line("%2d. %s  [%s, %s]", n++, hit.title(), codes.get(hit.portalId()),
                        hit.publishedAt() == null ? "undated" : hit.publishedAt().toString().substring(0, 10));
                out.line("    %s", hit.url());
                out.line("    %s", hit.snippet() == null ? "" : hit.snippet().replace('\n', ' '));
            }
        }
        return NewsApp.OK;
    }

    private static List<SearchHit> search(NewsAggregator news, SearchQuery query) {
        try {
            return news.queryAnalysis().search(query);
        } catch (QueryTimeoutException e) {
            throw new QueryTimeoutException("the search took too long and was stopped; use fewer or more specific words", e);
        }
    }
}
