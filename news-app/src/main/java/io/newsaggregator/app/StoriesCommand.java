package io.newsaggregator.app;

import io.newsaggregator.domain.analysis.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stories}: the same event reported by several portals. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "Stories: articles of one event across portals.")
final class StoriesCommand extends DatabaseCommand {
    @Option(names = "--since", paramLabel = "TIME", description = "Stories seen since then: ISO instant or day (default: 3 days ago).")
    String since;

    @Option(names = "--min-portals", paramLabel = "N", defaultValue = "2", description = "Covered by at least N portals (default ${DEFAULT-VALUE}).")
    int minPortals;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many stories (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    OutputOptions format;

    @Override
    void validate() {
        OptionRanges.count("--min-portals", minPortals, 1, 1000);
        OptionRanges.count("--limit", limit, 1, 1000);
    }

    @Override
    int run(Database db) {
        Output out = output(format.json());
        Instant from = since == null ? clock().instant().minus(Duration.ofDays(3)) : ExportCommand.parseTime(since);
        prepareSchema(db, false);
        try (NewsAggregator news = newsOn(db).build()) {
            List<Story> stories = news.topStories(from, minPortals, limit);
            Map<io.newsaggregator.domain.model.PortalId, String> codes = news.portalCodes();
            out.json(stories.stream().map(s -> Map.of(
                    "storyId", s.storyKey(), "label", s.label(), "topTerms", s.topTerms(),
                    "firstPortal", codes.getOrDefault(s.firstPortalId(), "?"), "firstSeenAt", s.firstSeenAt(),
                    "lastSeenAt", s.lastSeenAt(), "articles", s.articleCount(),
                    "coverage", s.coverage().entrySet().stream().collect(Collectors.toMap(
                            e -> codes.getOrDefault(e.getKey(), "?"), Map.Entry::getValue)))).toList());
            if (stories.isEmpty()) {
                out.line("No story since %s covered by %d or more portals yet.", from, minPortals);
            }
            for (Story s : stories) {
                out.line("%s  (%d articles, %d portals; first: %s at %s)", s.label(), s.articleCount(), s.portalCount(),
                        codes.getOrDefault(s.firstPortalId(), "?"), s.firstSeenAt());
                out.line("    terms: %s", String.join(", ", s.topTerms()));
                out.line("    coverage: %s", s.coverage().entrySet().stream()
                        .sorted(Map.Entry.<io.newsaggregator.domain.model.PortalId, Integer>comparingByValue(Comparator.reverseOrder()))
                        .map(e -> codes.getOrDefault(e.getKey(), "?") + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
        }
        return NewsApp.OK;
    }
}
