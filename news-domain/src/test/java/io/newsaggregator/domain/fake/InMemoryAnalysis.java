package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleAnalysisRepository;
import io.newsaggregator.domain.port.out.ArticleRepository;
import io.newsaggregator.domain.port.out.ArticleSearch;
import io.newsaggregator.domain.port.out.DocumentFrequencyRepository;
import io.newsaggregator.domain.port.out.StoryRepository;
import io.newsaggregator.domain.port.out.TermCountRepository;
import io.newsaggregator.domain.query.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** In-memory versions of the analysis repositories, for {@link InMemoryStore}. */
final class InMemoryAnalysis {
    private InMemoryAnalysis() {
    }

    static Instant seenAt(Article a) {
        return a.publishedAt() != null ? a.publishedAt() : a.firstSeenAt();
    }

    static List<Article> allArticles(ArticleRepository articles) {
        return articles.find(Query.of(Article.class));
    }

    static final class Analyses implements ArticleAnalysisRepository {
        private final ArticleRepository articles;
        private final Map<ArticleId, ArticleAnalysis> stored = new LinkedHashMap<>();

        Analyses(ArticleRepository articles) {
            this.articles = articles;
        }

        @Override
        public void saveAll(List<ArticleAnalysis> analyses) {
            analyses.forEach(a -> stored.put(a.articleId(), a));
        }

        @Override
        public Optional<ArticleAnalysis> findByArticle(ArticleId articleId) {
            return Optional.ofNullable(stored.get(articleId));
        }

        @Override
        public List<AnalysisInput> pending(int limit) {
            return pendingArticles().limit(limit)
                    .map(a -> new AnalysisInput(a.id(), a.portalId(), a.revision(), a.title(), a.lead(), a.bodyText(),
                            a.language(), seenAt(a)))
                    .toList();
        }

        @Override
        public long countPending() {
            return pendingArticles().count();
        }

        private Stream<Article> pendingArticles() {
            return allArticles(articles).stream()
                    .filter(a -> !stored.containsKey(a.id()) || stored.get(a.id()).revision() < a.revision())
                    .sorted(Comparator.comparing(InMemoryAnalysis::seenAt).thenComparing(a -> a.id().value()));
        }

        boolean isAnalysed(ArticleId id) {
            return stored.containsKey(id);
        }
    }

    static final class Frequencies implements DocumentFrequencyRepository {
        private final Map<String, Long> frequencies = new HashMap<>();
        private long documents;

        @Override
        public void addDocument(Collection<String> keys, int delta) {
            Set<String> distinct = new HashSet<>(keys);
            if (distinct.stream().anyMatch(k -> frequencies.getOrDefault(k, 0L) + delta < 0) || documents + delta < 0) {
                throw new DataIntegrityException("taking back more documents than were counted", null, null);
            }
            for (String key : distinct) {
                long next = frequencies.getOrDefault(key, 0L) + delta;
                if (next <= 0) {
                    frequencies.remove(key);
                } else {
                    frequencies.put(key, next);
                }
            }
            documents += delta;
        }

        @Override
        public long documentCount() {
            return documents;
        }

        @Override
        public Map<String, Long> frequencies(Collection<String> keys) {
            Map<String, Long> found = new HashMap<>();
            keys.forEach(k -> {
                if (frequencies.containsKey(k)) {
                    found.put(k, frequencies.get(k));
                }
            });
            return found;
        }
    }

    static final class TermCounts implements TermCountRepository {
        private record Key(String term, PortalId portalId, LocalDate day) {
        }

        private final Map<Key, int[]> counts = new LinkedHashMap<>();
        private final ArticleRepository articles;
        private final Analyses analyses;

        TermCounts(ArticleRepository articles, Analyses analyses) {
            this.articles = articles;
            this.analyses = analyses;
        }

        @Override
        public void add(List<TermDayCount> added) {
            for (TermDayCount c : added) {
                Key key = new Key(c.term(), c.portalId(), c.day());
                int[] known = counts.getOrDefault(key, new int[2]);
                if (known[0] + c.count() < 0 || known[1] + c.docCount() < 0) {
                    throw new DataIntegrityException("taking back more than was counted for " + key, null, null);
                }
                int[] sums = counts.computeIfAbsent(key, k -> new int[2]);
                sums[0] += c.count();
                sums[1] += c.docCount();
                if (sums[0] <= 0 && sums[1] <= 0) {
                    counts.remove(key);
                }
            }
        }

        @Override
        public List<TermDayCount> between(LocalDate from, LocalDate to, PortalId portalOrNull) {
            return counts.entrySet().stream()
                    .filter(e -> !e.getKey().day().isBefore(from) && !e.getKey().day().isAfter(to))
                    .filter(e -> portalOrNull == null || e.getKey().portalId().equals(portalOrNull))
                    .map(e -> new TermDayCount(e.getKey().term(), e.getKey().portalId(), e.getKey().day(),
                            e.getValue()[0], e.getValue()[1]))
                    .toList();
        }

        @Override
        public List<TermDayCount> ofTerms(List<String> terms, LocalDate from, LocalDate to) {
            return between(from, to, null).stream().filter(c -> terms.contains(c.term())).toList();
        }

        /** Counted from the stored analyses and their articles' days, like the JPA adapter. */
        @Override
        public Map<PortalId, Map<LocalDate, Long>> articlesPerDay(LocalDate from, LocalDate to) {
            Map<PortalId, Map<LocalDate, Long>> perPortal = new HashMap<>();
            for (Article a : allArticles(articles)) {
                LocalDate day = LocalDate.ofInstant(seenAt(a), ZoneOffset.UTC);
                if (analyses.isAnalysed(a.id()) && !day.isBefore(from) && !day.isAfter(to)) {
                    perPortal.computeIfAbsent(a.portalId(), p -> new TreeMap<>()).merge(day, 1L, Long::sum);
                }
            }
            return perPortal;
        }
    }

    static final class Stories implements StoryRepository {
        private final ArticleRepository articles;
        private final Map<String, Story> stories = new LinkedHashMap<>();
        private final Map<ArticleId, String> membership = new LinkedHashMap<>();
        private byte[] clustererState;

        Stories(ArticleRepository articles) {
            this.articles = articles;
        }

        @Override
        public void saveAll(Collection<Story> saved) {
            saved.forEach(s -> stories.put(s.storyKey(), s));
        }

        @Override
        public void assign(ArticleId articleId, String storyKey) {
            articles.getById(articleId);
            membership.put(articleId, storyKey);
        }

        @Override
        public void merge(Collection<String> absorbedKeys, String into) {
            for (String absorbed : absorbedKeys) {
                if (!absorbed.equals(into)) {
                    membership.replaceAll((article, story) -> story.equals(absorbed) ? into : story);
                    stories.remove(absorbed);
                }
            }
        }

        @Override
        public Optional<Story> findByKey(String storyKey) {
            return Optional.ofNullable(stories.get(storyKey));
        }

        @Override
        public List<Story> top(Instant since, int minPortals, int limit) {
            return stories.values().stream()
                    .filter(s -> !s.lastSeenAt().isBefore(since) && s.portalCount() >= minPortals)
                    .sorted(Comparator.comparingInt(Story::portalCount).reversed()
                            .thenComparing(Comparator.comparingInt(Story::articleCount).reversed())
                            .thenComparing(Comparator.comparing(Story::lastSeenAt).reversed())
                            .thenComparing(Story::storyKey))
                    .limit(limit).toList();
        }

        @Override
        public List<ArticleId> members(String storyKey) {
            List<ArticleId> ids = new ArrayList<>();
            membership.forEach((article, story) -> {
                if (story.equals(storyKey)) {
                    ids.add(article);
                }
            });
            return ids;
        }

        @Override
        public Optional<byte[]> loadClustererState() {
            return Optional.ofNullable(clustererState).map(byte[]::clone);
        }

        @Override
        public void saveClustererState(byte[] state) {
            clustererState = state.clone();
        }
    }

    /**
     * Search without stemming or ranking model: an article matches when its title, lead or body
     * contains every word of the query, case-insensitively (websearch operators are not understood).
     * Title hits rank above others; the snippet is the lead (or body) with no highlighting.
     */
    static final class Search implements ArticleSearch {
        private final ArticleRepository articles;

        Search(ArticleRepository articles) {
            this.articles = articles;
        }

        @Override
        public List<SearchHit> search(SearchQuery query) {
            List<String> words = List.of(query.text().toLowerCase(Locale.ROOT).trim().split("\\s+"));
            List<SearchHit> hits = new ArrayList<>();
            for (Article a : allArticles(articles)) {
                String title = lower(a.title());
                String all = title + " " + lower(a.lead()) + " " + lower(a.bodyText());
                if (!words.stream().allMatch(all::contains) || !passesFilters(a, query)) {
                    continue;
                }
                double rank = words.stream().allMatch(title::contains) ? 1.0 : 0.5;
                String snippet = a.lead() != null ? a.lead() : a.bodyText();
                hits.add(new SearchHit(a.id(), a.portalId(), a.title(), a.url(), a.publishedAt(), rank, snippet));
            }
            return hits.stream()
                    .sorted(Comparator.comparingDouble(SearchHit::rank).reversed()
                            .thenComparing(h -> h.articleId().value()))
                    .limit(query.limit()).toList();
        }

        private static boolean passesFilters(Article a, SearchQuery q) {
            Instant seen = seenAt(a);
            return (q.portals().isEmpty() || q.portals().contains(a.portalId()))
                    && (q.section() == null || q.section().equals(a.section()))
                    && (q.language() == null || q.language().equalsIgnoreCase(a.language()))
                    && (q.from() == null || !seen.isBefore(q.from()))
                    && (q.to() == null || seen.isBefore(q.to()));
        }

        private static String lower(String text) {
            return text == null ? "" : text.toLowerCase(Locale.ROOT);
        }
    }
}
