package io.newsaggregator.domain.service;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleAnalysisRepository;
import io.newsaggregator.domain.port.out.ArticleRepository;
import io.newsaggregator.domain.port.out.ArticleRevisionRepository;
import io.newsaggregator.domain.port.out.CategoryRepository;
import io.newsaggregator.domain.port.out.DocumentFrequencyRepository;
import io.newsaggregator.domain.port.out.FeedRepository;
import io.newsaggregator.domain.port.out.FetchEventRepository;
import io.newsaggregator.domain.port.out.IngestRunRepository;
import io.newsaggregator.domain.port.out.PortalRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.StoryRepository;
import io.newsaggregator.domain.port.out.TermCountRepository;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** The analysis tables in memory, enough for the analyse use case; one unit of work at a time. */
final class FakeAnalysisStore implements UnitOfWork, Repositories {

    /** Current article texts (what the article table holds), by id. */
    final Map<ArticleId, AnalysisInput> articles = new LinkedHashMap<>();
    final Map<ArticleId, List<ArticleRevision>> oldRevisions = new HashMap<>();
    final Analyses analyses = new Analyses();
    final Frequencies frequencies = new Frequencies();
    final TermCounts termCounts = new TermCounts();
    final Stories stories = new Stories();

    void put(AnalysisInput article) {
        articles.put(article.articleId(), article);
    }

    /** A new revision of an article: the old text is kept as a revision, as ingest does. */
    void revise(AnalysisInput newer) {
        AnalysisInput old = articles.get(newer.articleId());
        oldRevisions.computeIfAbsent(newer.articleId(), k -> new ArrayList<>()).add(new ArticleRevision(null,
                old.articleId(), old.revision(), old.title(), old.lead(), old.body(), "hash" + old.revision(),
                old.seenAt()));
        articles.put(newer.articleId(), newer);
    }

    @Override
    public <R> R execute(Function<Repositories, R> work) {
        return work.apply(this);
    }

    @Override
    public <R> R readOnly(Function<Repositories, R> work) {
        return work.apply(this);
    }

    @Override
    public ArticleRevisionRepository revisions() {
        ArticleRevisionRepository revisions = mock(ArticleRevisionRepository.class);
        oldRevisions.forEach((id, list) -> when(revisions.findByArticle(id)).thenReturn(List.copyOf(list)));
        return revisions;
    }

    @Override
    public ArticleAnalysisRepository analyses() {
        return analyses;
    }

    @Override
    public DocumentFrequencyRepository documentFrequencies() {
        return frequencies;
    }

    @Override
    public TermCountRepository termCounts() {
        return termCounts;
    }

    @Override
    public io.newsaggregator.domain.port.out.ArticleSearch search() {
        return query -> List.of(); // the analyse use case never searches
    }

    @Override
    public StoryRepository stories() {
        return stories;
    }

    @Override public PortalRepository portals() { throw new UnsupportedOperationException(); }
    @Override public CategoryRepository categories() { throw new UnsupportedOperationException(); }
    @Override public FeedRepository feeds() { throw new UnsupportedOperationException(); }
    @Override public ArticleRepository articles() { throw new UnsupportedOperationException(); }
    @Override public IngestRunRepository ingestRuns() { throw new UnsupportedOperationException(); }
    @Override public FetchEventRepository fetchEvents() { throw new UnsupportedOperationException(); }

    final class Analyses implements ArticleAnalysisRepository {
        final Map<ArticleId, ArticleAnalysis> stored = new TreeMap<>(Comparator.comparingLong(ArticleId::value));

        @Override
        public void saveAll(List<ArticleAnalysis> list) {
            list.forEach(a -> stored.put(a.articleId(), a));
        }

        @Override
        public Optional<ArticleAnalysis> findByArticle(ArticleId articleId) {
            return Optional.ofNullable(stored.get(articleId));
        }

        @Override
        public List<AnalysisInput> pending(int limit) {
            return articles.values().stream()
                    .filter(a -> !stored.containsKey(a.articleId()) || stored.get(a.articleId()).revision() < a.revision())
                    .sorted(Comparator.comparing(AnalysisInput::seenAt).thenComparing(a -> a.articleId().value()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public long countPending() {
            return pending(Integer.MAX_VALUE).size();
        }
    }

    static final class Frequencies implements DocumentFrequencyRepository {
        final Map<String, Long> counts = new TreeMap<>();
        long documents;

        @Override
        public void addDocument(Collection<String> keys, int delta) {
            documents += delta;
            for (String key : keys) {
                counts.merge(key, (long) delta, Long::sum);
            }
        }

        @Override
        public long documentCount() {
            return documents;
        }

        @Override
        public Map<String, Long> frequencies(Collection<String> keys) {
            Map<String, Long> result = new HashMap<>();
            for (String key : keys) {
                Long count = counts.get(key);
                if (count != null && count > 0) {
                    result.put(key, count);
                }
            }
            return result;
        }
    }

    static final class TermCounts implements TermCountRepository {
        /** "term|portal|day" to {count, docCount}. */
        final Map<String, List<Integer>> counts = new TreeMap<>();
        int addCalls;

        @Override
        public void add(List<TermDayCount> list) {
            addCalls++;
            for (TermDayCount c : list) {
                counts.merge(c.term() + "|" + c.portalId() + "|" + c.day(), List.of(c.count(), c.docCount()),
                        (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
            }
        }

        @Override
        public List<TermDayCount> between(LocalDate from, LocalDate to, PortalId portalOrNull) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TermDayCount> ofTerms(List<String> terms, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<PortalId, Map<LocalDate, Long>> articlesPerDay(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Stories implements StoryRepository {
        final Map<String, Story> stories = new TreeMap<>();
        final Map<ArticleId, String> members = new TreeMap<>(Comparator.comparingLong(ArticleId::value));
        byte[] state;
        int stateSaves;

        @Override
        public void saveAll(Collection<Story> list) {
            list.forEach(s -> stories.put(s.storyKey(), s));
        }

        @Override
        public void assign(ArticleId articleId, String storyKey) {
            members.put(articleId, storyKey);
        }

        @Override
        public void merge(Collection<String> absorbedKeys, String into) {
            members.replaceAll((article, key) -> absorbedKeys.contains(key) ? into : key);
            absorbedKeys.forEach(stories::remove);
        }

        @Override
        public Optional<Story> findByKey(String storyKey) {
            return Optional.ofNullable(stories.get(storyKey));
        }

        @Override
        public List<Story> top(Instant since, int minPortals, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ArticleId> members(String storyKey) {
            return members.entrySet().stream().filter(e -> e.getValue().equals(storyKey)).map(Map.Entry::getKey).toList();
        }

        @Override
        public Optional<byte[]> loadClustererState() {
            return Optional.ofNullable(state);
        }

        @Override
        public void saveClustererState(byte[] newState) {
            stateSaves++;
            state = newState.clone();
        }
    }
}
