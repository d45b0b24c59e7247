package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.analysis.WrittenForm;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    static final class Analyses implements ArticleAnalysisRepository, Restorable {
        private final ArticleRepository articles;
        private final Map<ArticleId, ArticleAnalysis> stored = new LinkedHashMap<>();

        Analyses(ArticleRepository articles) {
            this.articles = articles;
        }

        @Override
        public Runnable snapshot() {
            Map<ArticleId, ArticleAnalysis> copy = new LinkedHashMap<>(stored);
            return () -> {
                stored.clear();
                stored.putAll(copy);
            };
        }

        /** Like the foreign key of the table: an analysis of an article that is not stored is refused. */
        @Override
        public void saveAll(List<ArticleAnalysis> analyses) {
            Objects.requireNonNull(analyses, "analyses");
            for (ArticleAnalysis a : analyses) {
                Objects.requireNonNull(a, "analysis");
                if (articles.findById(a.articleId()).isEmpty()) {
                    throw new DataIntegrityException("Saving the analysis of article " + a.articleId()
                            + " failed: no such article", "article_analysis_article_fk", null);
                }
            }
            analyses.forEach(a -> stored.put(a.articleId(), a));
        }

        @Override
        public Optional<ArticleAnalysis> findByArticle(ArticleId articleId) {
            return Optional.ofNullable(stored.get(articleId));
        }

        @Override
        public List<AnalysisInput> pending(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0, was " + limit);
            }
            return pendingArticles().limit(limit)
                    .map(a -> new AnalysisInput(a.id(), a.portalId(), a.revision(), a.title(), a.lead(), a.bodyText(),
                            a.language(), seenAt(a), a.firstSeenAt()))
                    .toList();
        }

        @Override
        public long countPending() {
            return pendingArticles().count();
        }

        /** Units of work on the in-memory store already run one at a time. */
        @Override
        public void lockAnalysis() {
        }

        private Stream<Article> pendingArticles() {
            return allArticles(articles).stream()
                    .filter(a -> !stored.containsKey(a.id()) || stored.get(a.id()).revision() < a.revision())
                    .sorted(Comparator.comparing(InMemoryAnalysis::seenAt).thenComparing(a -> a.id().value()));
        }

        boolean isAnalysed(ArticleId id) {
            return stored.containsKey(id);
        }

        @Override
        public Map<ArticleId, ArticleAnalysis> findByArticles(Collection<ArticleId> articleIds) {
            Objects.requireNonNull(articleIds, "articleIds");
            Map<ArticleId, ArticleAnalysis> found = new LinkedHashMap<>();
            for (ArticleId id : articleIds) {
                Objects.requireNonNull(id, "articleId");
                if (stored.containsKey(id)) {
                    found.put(id, stored.get(id));
                }
            }
            return found;
        }
    }

    static final class Frequencies implements DocumentFrequencyRepository, Restorable {
        private final Map<String, Long> frequencies = new HashMap<>();
        private long documents;

        @Override
        public Runnable snapshot() {
            Map<String, Long> copy = new HashMap<>(frequencies);
            long documentsThen = documents;
            return () -> {
                frequencies.clear();
                frequencies.putAll(copy);
                documents = documentsThen;
            };
        }

        @Override
        public void addDocument(Collection<String> keys, int delta) {
            Objects.requireNonNull(keys, "keys");
            keys.forEach(k -> Objects.requireNonNull(k, "key"));
            if (delta == 0) {
                return;
            }
            Set<String> distinct = new HashSet<>(keys);
            long neverCounted = distinct.stream().filter(k -> frequencies.getOrDefault(k, 0L) + delta < 0).count();
            if (neverCounted > 0) {
                throw new DataIntegrityException("Taking back a document failed: " + neverCounted + " of its "
                        + distinct.size() + " phrase keys were never counted", null, null);
            }
            if (documents + delta < 0) {
                throw new DataIntegrityException("Taking back a document failed: the document count would fall to "
                        + (documents + delta), "corpus_stats_document_count_ck", null);
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

        /** All or nothing, like the adapter's transaction: a refused take-back changes no count. */
        @Override
        public void addCounts(Map<String, Long> keyDeltas, long documentDelta) {
            Objects.requireNonNull(keyDeltas, "keyDeltas");
            keyDeltas.forEach((k, d) -> {
                Objects.requireNonNull(k, "key");
                Objects.requireNonNull(d, "delta of " + k);
            });
            long neverCounted = keyDeltas.entrySet().stream()
                    .filter(e -> e.getValue() < 0 && frequencies.getOrDefault(e.getKey(), 0L) == 0).count();
            if (neverCounted > 0) {
                throw new DataIntegrityException("Taking back phrase keys failed: " + neverCounted + " of "
                        + keyDeltas.values().stream().filter(d -> d < 0).count() + " keys were never counted", null, null);
            }
            keyDeltas.forEach((key, delta) -> {
                if (frequencies.getOrDefault(key, 0L) + delta < 0) {
                    throw new DataIntegrityException("Taking back phrase keys failed: " + key + " would fall below zero",
                            "document_frequency_frequency_ck", null);
                }
            });
            if (documents + documentDelta < 0) {
                throw new DataIntegrityException("Moving the document count failed: it would fall to "
                        + (documents + documentDelta), "corpus_stats_document_count_ck", null);
            }
            keyDeltas.forEach((key, delta) -> {
                long next = frequencies.getOrDefault(key, 0L) + delta;
                if (next <= 0) {
                    frequencies.remove(key);
                } else {
                    frequencies.put(key, next);
                }
            });
            documents += documentDelta;
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

    static final class TermCounts implements TermCountRepository, Restorable {
        private record Key(String term, PortalId portalId, LocalDate day) {
        }

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::day)
                .thenComparingLong(k -> k.portalId().value()).thenComparing(Key::term);

        private final Map<TimeBasis, Map<Key, long[]>> countsByBasis = new EnumMap<>(Map.of(
                TimeBasis.FIRST_SEEN, new TreeMap<>(ORDER), TimeBasis.PUBLISHED, new TreeMap<>(ORDER)));
        private static final Comparator<List<String>> FORM_ORDER = Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1));
        private final Map<List<String>, Long> forms = new TreeMap<>(FORM_ORDER);
        private final ArticleRepository articles;
        private final Analyses analyses;

        TermCounts(ArticleRepository articles, Analyses analyses) {
            this.articles = articles;
            this.analyses = analyses;
        }

        @Override
        public Runnable snapshot() {
            Map<TimeBasis, Map<Key, long[]>> copy = new EnumMap<>(TimeBasis.class);
            countsByBasis.forEach((basis, counts) -> {
                Map<Key, long[]> rows = new LinkedHashMap<>();
                counts.forEach((key, count) -> rows.put(key, count.clone()));
                copy.put(basis, rows);
            });
            Map<List<String>, Long> formsThen = new LinkedHashMap<>(forms);
            return () -> {
                copy.forEach((basis, counts) -> {
                    countsByBasis.get(basis).clear();
                    countsByBasis.get(basis).putAll(counts);
                });
                forms.clear();
                forms.putAll(formsThen);
            };
        }

        /**
         * Like the JPA adapter: the counts are summed per (term, portal, day) first; a negative sum
         * takes back from a stored row, which must exist and must not fall below zero, and a row taken
         * back to zero is removed. All or nothing: a refused take-back changes no row.
         */
        @Override
        public void add(TimeBasis basis, List<TermDayCount> added) {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(added, "counts");
            Map<Key, long[]> counts = countsByBasis.get(basis);
            added.forEach(c -> Objects.requireNonNull(c, "count"));
            Map<Key, long[]> summed = new TreeMap<>(ORDER);
            for (TermDayCount c : added) {
                long[] sums = summed.computeIfAbsent(new Key(c.term(), c.portalId(), c.day()), k -> new long[2]);
                sums[0] += c.count();
                sums[1] += c.docCount();
            }
            long neverCounted = summed.entrySet().stream()
                    .filter(e -> isTakeBack(e.getValue()) && !counts.containsKey(e.getKey())).count();
            if (neverCounted > 0) {
                throw new DataIntegrityException("Taking back daily term counts failed: " + neverCounted + " of "
                        + summed.values().stream().filter(TermCounts::isTakeBack).count()
                        + " (term, portal, day) rows were never counted", null, null);
            }
            summed.forEach((key, sums) -> {
                long[] known = counts.getOrDefault(key, new long[2]);
                if (known[0] + sums[0] < 0 || known[1] + sums[1] < 0) {
                    throw new DataIntegrityException("Taking back daily term counts failed: " + key
                            + " would fall below zero", "term_day_count_counts_ck", null);
                }
            });
            summed.forEach((key, sums) -> {
                long[] row = counts.computeIfAbsent(key, k -> new long[2]);
                row[0] += sums[0];
                row[1] += sums[1];
                if (isTakeBack(sums) && row[0] == 0 && row[1] == 0) {
                    counts.remove(key);
                }
            });
        }

        private static boolean isTakeBack(long[] sums) {
            return sums[0] < 0 || sums[1] < 0;
        }

        /** Ordered by day, portal and term, like the JPA adapter. */
        @Override
        public List<TermDayCount> between(TimeBasis basis, LocalDate from, LocalDate to, PortalId portalOrNull) {
            requireRange(from, to);
            return countsByBasis.get(basis).entrySet().stream()
                    .filter(e -> !e.getKey().day().isBefore(from) && !e.getKey().day().isAfter(to))
                    .filter(e -> portalOrNull == null || e.getKey().portalId().equals(portalOrNull))
                    .map(e -> new TermDayCount(e.getKey().term(), e.getKey().portalId(), e.getKey().day(),
                            Math.toIntExact(e.getValue()[0]), Math.toIntExact(e.getValue()[1])))
                    .toList();
        }

        @Override
        public List<TermDayCount> ofTerms(TimeBasis basis, List<String> terms, LocalDate from, LocalDate to) {
            return between(basis, from, to, null).stream().filter(c -> terms.contains(c.term())).toList();
        }

        /**
         * Like the JPA adapter: summed per (term, text) first; a negative sum takes back from a stored
         * form, which must exist and must not fall below zero, and a form taken back to zero is forgotten.
         */
        @Override
        public void addWrittenForms(List<WrittenForm> added) {
            Objects.requireNonNull(added, "forms");
            added.forEach(f -> Objects.requireNonNull(f, "form"));
            Map<List<String>, Long> summed = new TreeMap<>(FORM_ORDER);
            added.forEach(f -> summed.merge(List.of(f.term(), f.text()), f.count(), Long::sum));
            summed.forEach((key, sum) -> {
                if (sum < 0 && forms.getOrDefault(key, 0L) + sum < 0) {
                    throw new DataIntegrityException("Taking back written forms failed: " + key
                            + " was never counted so often", "term_form_count_ck", null);
                }
            });
            summed.forEach((key, sum) -> {
                long now = forms.merge(key, sum, Long::sum);
                if (now == 0) {
                    forms.remove(key);
                }
            });
        }

        @Override
        public Map<String, String> mostFrequentForms(Collection<String> terms) {
            Objects.requireNonNull(terms, "terms");
            Map<String, String> best = new HashMap<>();
            Map<String, Long> bestCount = new HashMap<>();
            // forms are ordered by term, then text: the first of equal counts wins
            forms.forEach((key, count) -> {
                String term = key.get(0);
                if (count > 0 && terms.contains(term) && count > bestCount.getOrDefault(term, 0L)) {
                    best.put(term, key.get(1));
                    bestCount.put(term, count);
                }
            });
            return best;
        }

        /** Counted from the stored analyses and their articles' days, like the JPA adapter. */
        @Override
        public Map<PortalId, Map<LocalDate, Long>> articlesPerDay(TimeBasis basis, LocalDate from, LocalDate to) {
            requireRange(from, to);
            Map<PortalId, Map<LocalDate, Long>> perPortal = new TreeMap<>(Comparator.comparingLong(PortalId::value));
            for (Article a : allArticles(articles)) {
                LocalDate day = LocalDate.ofInstant(basis.timeOf(a.publishedAt(), a.firstSeenAt()), ZoneOffset.UTC);
                if (analyses.isAnalysed(a.id()) && !day.isBefore(from) && !day.isAfter(to)) {
                    perPortal.computeIfAbsent(a.portalId(), p -> new TreeMap<>()).merge(day, 1L, Long::sum);
                }
            }
            return perPortal;
        }
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
    }

    static final class Stories implements StoryRepository, Restorable {
        private final ArticleRepository articles;
        private final Map<String, Story> stories = new LinkedHashMap<>();
        /** A membership copies the article's time when it is first assigned, like the table does. */
        private record Member(String storyKey, Instant seenAt) {
        }

        private final Map<ArticleId, Member> membership = new LinkedHashMap<>();
        private byte[] clustererState;
        private long clustererStateVersion;

        Stories(ArticleRepository articles) {
            this.articles = articles;
        }

        @Override
        public Runnable snapshot() {
            Map<String, Story> storiesThen = new LinkedHashMap<>(stories);
            Map<ArticleId, Member> membershipThen = new LinkedHashMap<>(membership);
            byte[] stateThen = clustererState;
            long versionThen = clustererStateVersion;
            return () -> {
                stories.clear();
                stories.putAll(storiesThen);
                membership.clear();
                membership.putAll(membershipThen);
                clustererState = stateThen;
                clustererStateVersion = versionThen;
            };
        }

        @Override
        public void saveAll(Collection<Story> saved) {
            saved.forEach(s -> stories.put(s.storyKey(), s));
        }

        @Override
        public void assign(ArticleId articleId, String storyKey) {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(storyKey, "storyKey");
            Article article = articles.getById(articleId);
            membership.merge(articleId, new Member(storyKey, seenAt(article)),
                    (old, next) -> new Member(storyKey, old.seenAt()));
        }

        /** Absorbed keys that were never saved are accepted: there is nothing of theirs to move or delete. */
        @Override
        public void merge(Collection<String> absorbedKeys, String into) {
            Objects.requireNonNull(absorbedKeys, "absorbedKeys");
            absorbedKeys.forEach(k -> Objects.requireNonNull(k, "absorbedKey"));
            Objects.requireNonNull(into, "into");
            for (String absorbed : absorbedKeys) {
                if (!absorbed.equals(into)) {
                    membership.replaceAll((article, m) -> m.storyKey().equals(absorbed) ? new Member(into, m.seenAt()) : m);
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

        /** Ordered by seen time, then id, like the JPA adapter. */
        @Override
        public List<ArticleId> members(String storyKey) {
            Objects.requireNonNull(storyKey, "storyKey");
            return membership.entrySet().stream()
                    .filter(e -> e.getValue().storyKey().equals(storyKey))
                    .sorted(Comparator.comparing((Map.Entry<ArticleId, Member> e) -> e.getValue().seenAt())
                            .thenComparingLong(e -> e.getKey().value()))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        @Override
        public Map<ArticleId, String> storyKeysOf(Collection<ArticleId> articleIds) {
            Map<ArticleId, String> keys = new LinkedHashMap<>();
            articleIds.forEach(id -> {
                Member member = membership.get(Objects.requireNonNull(id, "articleId"));
                if (member != null) {
                    keys.put(id, member.storyKey());
                }
            });
            return keys;
        }

        @Override
        public Optional<byte[]> loadClustererState() {
            return Optional.ofNullable(clustererState).map(byte[]::clone);
        }

        @Override
        public long clustererStateVersion() {
            return clustererStateVersion;
        }

        @Override
        public long saveClustererState(byte[] state) {
            Objects.requireNonNull(state, "state");
            clustererState = state.clone();
            return ++clustererStateVersion;
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
