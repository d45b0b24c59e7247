package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Row;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stories of a window, counted from the window's own articles only: a story's articles,
 * portals and first sightings are those inside the window, so a story never counts more articles
 * than the window holds and an old story does not lead because of what it gathered long ago.
 *
 * @param storyCount stories with at least one article in the window
 * @param top        the stories covered by the most portals in the window, then by the most articles
 */
record WindowStories(long storyCount, List<StorySummary> top) {

    /** What one story has inside the window, per portal. */
    private static final class InWindow {
        final Map<PortalId, Long> counts = new HashMap<>();
        final Map<PortalId, Instant> firstAt = new HashMap<>();
        long articles;
        Instant first;
        Instant last;

        void add(PortalId portal, Instant at) {
            articles++;
            counts.merge(portal, 1L, Long::sum);
            firstAt.merge(portal, at, (a, b) -> a.isBefore(b) ? a : b);
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }
    }

    static WindowStories of(Repositories repos, TimeBasis basis, List<Row<Article>> articles, Map<PortalId, Portal> portals,
                            int minPortals, int limit) {
        Map<ArticleId, Row<Article>> byId = new HashMap<>();
        articles.forEach(row -> byId.put(row.get(ArticleField.ID), row));
        Map<String, InWindow> stories = new HashMap<>();
        for (List<ArticleId> chunk : WindowArticles.chunks(List.copyOf(byId.keySet()))) {
            repos.stories().storyKeysOf(chunk).forEach((id, key) -> {
                Row<Article> row = byId.get(id);
                stories.computeIfAbsent(key, k -> new InWindow())
                        .add(row.get(ArticleField.PORTAL_ID), WindowArticles.time(basis, row));
            });
        }
        List<StorySummary> top = new ArrayList<>();
        stories.entrySet().stream()
                .filter(e -> e.getValue().counts.size() >= minPortals)
                .sorted(Comparator.<Map.Entry<String, InWindow>>comparingInt(e -> -e.getValue().counts.size())
                        .thenComparingLong(e -> -e.getValue().articles)
                        .thenComparing(e -> e.getValue().last, Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .forEach(e -> summary(repos, e.getKey(), e.getValue(), portals).ifPresent(top::add));
        return new WindowStories(stories.size(), top);
    }

    private static Optional<StorySummary> summary(Repositories repos, String key, InWindow story, Map<PortalId, Portal> portals) {
        Optional<Story> stored = repos.stories().findByKey(key);
        List<StoryCoverage> coverage = story.firstAt.entrySet().stream()
                .sorted(Map.Entry.<PortalId, Instant>comparingByValue().thenComparing(e -> portals.get(e.getKey()).code()))
                .map(e -> new StoryCoverage(portals.get(e.getKey()).code(), story.counts.get(e.getKey()), e.getValue()))
                .toList();
        return stored.map(s -> new StorySummary(key, s.label(), ShownTerms.words(s, repos.termCounts()), coverage.get(0).portal(), story.first,
                story.articles, coverage));
    }
}
