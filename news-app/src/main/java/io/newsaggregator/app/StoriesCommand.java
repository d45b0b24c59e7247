package io.newsaggregator.app;

import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stories}: the same event reported by several portals, counted from the articles of the
 * period only; articles are dated by when they were first seen unless {@code --by published}.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "Stories: articles of one event across portals.")
final class StoriesCommand extends DatabaseCommand {
    @Option(names = "--since", paramLabel = "TIME", description = "Stories of articles since then: ISO instant, day, today, yesterday, or an age such as 2h or 3d (default: 3d).", converter = TimeArgument.Converter.class)
    TimeArgument since;

    @Option(names = "--until", paramLabel = "TIME", description = "... and before then: the same forms (default: no end).", converter = TimeArgument.Converter.class)
    TimeArgument until;

    @Mixin
    TimeBasisOption when;

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
        Instant from = since == null ? clock().instant().minus(Duration.ofDays(3)) : since.resolve(clock());
        prepareSchema(db, false);
        Instant to = until == null ? null : until.resolve(clock());
        try (NewsAggregator news = newsOn(db).build()) {
            List<StorySummary> stories = news.queryAnalysis().storiesIn(new QueryAnalysis.StoriesRequest(from, to, when.basis, minPortals, limit));
            out.json(stories.stream().map(s -> Map.of(
                    "storyId", s.storyId(), "label", s.label(), "topTerms", s.topTerms(),
                    "firstPortal", s.firstSeenPortal(), "firstSeenAt", s.firstSeenAt(), "articles", s.articleCount(),
                    "coverage", s.coverage().stream().collect(Collectors.toMap(StoryCoverage::portal, StoryCoverage::articleCount)),
                    "basis", when.basis.label())).toList());
            if (stories.isEmpty()) {
                out.line("No story of articles %s since %s%s is covered by %d or more portals (see --since, --by, --min-portals).",
                        when.basis.label(), from, to == null ? "" : " and before " + to, minPortals);
            }
            for (StorySummary s : stories) {
                out.line("%s  (%d articles, %d portals; first: %s at %s)", s.label(), s.articleCount(), s.coverage().size(),
                        s.firstSeenPortal(), s.firstSeenAt());
                out.line("    terms: %s", String.join(", ", s.topTerms()));
                out.line("    coverage: %s", s.coverage().stream()
                        .sorted(Comparator.comparingLong(StoryCoverage::articleCount).reversed())
                        .map(c -> c.portal() + " " + c.articleCount()).collect(Collectors.joining(", ")));
            }
        }
        return NewsApp.OK;
    }
}
