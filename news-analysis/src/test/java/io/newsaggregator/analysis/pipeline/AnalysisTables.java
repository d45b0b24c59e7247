package io.newsaggregator.analysis.pipeline;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The analysis tables in maps, to run the analyse use case with the real analyser and clusterer.
 * Only what the use case calls is implemented; the rest of a store is absent.
 */
final class AnalysisTables implements UnitOfWork {

    final Map<ArticleId, AnalysisInput> current = new TreeMap<>(Comparator.comparingLong(ArticleId::value));
    final Map<ArticleId, ArticleRevision> superseded = new HashMap<>();
    final Map<ArticleId, ArticleAnalysis> analyses = new HashMap<>();
    final Map<String, Long> frequencies = new TreeMap<>();
    final long[] documents = new long[1];
    final Map<String, int[]> termCounts = new TreeMap<>();
    final Map<String, Story> stories = new TreeMap<>();
    final Map<ArticleId, String> members = new HashMap<>();
    private byte[] state;

    void revise(AnalysisInput newer) {
        AnalysisInput old = current.get(newer.articleId());
        superseded.put(old.articleId(), new ArticleRevision(null, old.articleId(), old.revision(), old.title(),
                old.lead(), old.body(), "h" + old.revision(), old.seenAt()));
        current.put(newer.articleId(), newer);
    }

    int[] termCount(String term, PortalId portal, LocalDate day) {
        return termCounts.getOrDefault(term + "|" + portal + "|" + day, new int[2]);
    }

    @Override
    public <R> R execute(Function<Repositories, R> work) {
        return work.apply(new Repos());
    }

    @Override
    public <R> R readOnly(Function<Repositories, R> work) {
        return work.apply(new Repos());
    }

    private static <T> T absent(Class<T> type) {
        return mock(type, invocation -> {
            throw new UnsupportedOperationException(invocation.getMethod().getName());
        });
    }

    private final class Repos implements Repositories {
        @Override public PortalRepository portals() { return absent(PortalRepository.class); }
        @Override public CategoryRepository categories() { return absent(CategoryRepository.class); }
        @Override public FeedRepository feeds() { return absent(FeedRepository.class); }
        @Override public ArticleRepository articles() { return absent(ArticleRepository.class); }
        @Override public IngestRunRepository ingestRuns() { return absent(IngestRunRepository.class); }
        @Override public FetchEventRepository fetchEvents() { return absent(FetchEventRepository.class); }

        @Override
        public ArticleRevisionRepository revisions() {
            ArticleRevisionRepository revisions = mock(ArticleRevisionRepository.class);
            superseded.forEach((id, revision) -> when(revisions.findByArticle(id)).thenReturn(List.of(revision)));
            return revisions;
        }

        @Override
        public ArticleAnalysisRepository analyses() {
            return new ArticleAnalysisRepository() {
                @Override
                public void saveAll(List<ArticleAnalysis> list) {
                    list.forEach(a -> analyses.put(a.articleId(), a));
                }

                @Override
                public Optional<ArticleAnalysis> findByArticle(ArticleId articleId) {
                    return Optional.ofNullable(analyses.get(articleId));
                }

                @Override
                public List<AnalysisInput> pending(int limit) {
                    return current.values().stream()
                            .filter(a -> !analyses.containsKey(a.articleId())
                                    || analyses.get(a.articleId()).revision() < a.revision())
                            .sorted(Comparator.comparing(AnalysisInput::seenAt))
                            .limit(limit).toList();
                }

                @Override
                public long countPending() {
                    return pending(Integer.MAX_VALUE).size();
                }
            };
        }

        @Override
        public DocumentFrequencyRepository documentFrequencies() {
            return new DocumentFrequencyRepository() {
                @Override
                public void addDocument(Collection<String> keys, int delta) {
                    documents[0] += delta;
                    keys.forEach(k -> frequencies.merge(k, (long) delta, Long::sum));
                }

                @Override
                public long documentCount() {
                    return documents[0];
                }

                @Override
                public Map<String, Long> frequencies(Collection<String> keys) {
                    Map<String, Long> found = new HashMap<>();
                    keys.forEach(k -> Optional.ofNullable(frequencies.get(k)).ifPresent(f -> found.put(k, f)));
                    return found;
                }
            };
        }

        @Override
        public TermCountRepository termCounts() {
            return new TermCountRepository() {
                @Override
                public void add(List<TermDayCount> added) {
                    for (TermDayCount c : added) {
                        int[] sum = termCounts.computeIfAbsent(c.term() + "|" + c.portalId() + "|" + c.day(),
                                k -> new int[2]);
                        sum[0] += c.count();
                        sum[1] += c.docCount();
                    }
                }

                @Override
                public List<TermDayCount> between(LocalDate from, LocalDate to, PortalId portalOrNull) {
                    throw new UnsupportedOperationException("between");
                }

                @Override
                public List<TermDayCount> ofTerms(List<String> terms, LocalDate from, LocalDate to) {
                    throw new UnsupportedOperationException("ofTerms");
                }

                @Override
                public Map<PortalId, Map<LocalDate, Long>> articlesPerDay(LocalDate from, LocalDate to) {
                    throw new UnsupportedOperationException("articlesPerDay");
                }
            };
        }

        @Override
        public io.newsaggregator.domain.port.out.ArticleSearch search() {
            return query -> java.util.List.of(); // analyse never searches
        }

        @Override
        public StoryRepository stories() {
            return new StoryRepository() {
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
                    members.replaceAll((a, k) -> absorbedKeys.contains(k) ? into : k);
                    absorbedKeys.forEach(stories::remove);
                }

                @Override
                public Optional<Story> findByKey(String storyKey) {
                    return Optional.ofNullable(stories.get(storyKey));
                }

                @Override
                public List<Story> top(Instant since, int minPortals, int limit) {
                    return new ArrayList<>(stories.values());
                }

                @Override
                public List<ArticleId> members(String storyKey) {
                    return members.entrySet().stream().filter(e -> e.getValue().equals(storyKey))
                            .map(Map.Entry::getKey).toList();
                }

                @Override
                public Optional<byte[]> loadClustererState() {
                    return Optional.ofNullable(state);
                }

                @Override
                public void saveClustererState(byte[] newState) {
                    state = newState;
                }
            };
        }
    }
}
