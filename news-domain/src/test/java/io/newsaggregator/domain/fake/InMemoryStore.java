package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.model.*;
import io.newsaggregator.domain.port.out.*;
import io.newsaggregator.domain.query.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * All repositories in memory behind a {@link UnitOfWork} that runs work under one lock: the one fake
 * of the storage ports, published in news-domain's test-jar for the use-case tests of every module.
 * The repositories follow the documented behaviour of the JPA adapter (upsert with revisions,
 * pending analyses oldest first, take-backs that fail on what was never counted, unique and foreign keys), held
 * to it by the contract tests the JPA adapter passes too. Like a transaction, a unit of work that
 * throws leaves nothing written; a read-only unit refuses the generic writes; a unit started inside a
 * running one joins it.
 */
public final class InMemoryStore implements UnitOfWork, Repositories {
    private final Portals portals = new Portals();
    private final Categories categories = new Categories(portals);
    private final Feeds feeds = new Feeds(portals);
    private final Runs runs = new Runs();
    private final Revisions revisions = new Revisions();
    private final Articles articles = new Articles(revisions, portals, feeds);
    private final Events events = new Events(runs, portals, feeds);
    private final InMemoryFrontier frontier = new InMemoryFrontier(portals, feeds, runs);
    private final InMemoryAnalysis.Analyses analyses = new InMemoryAnalysis.Analyses(articles);
    private final InMemoryAnalysis.Frequencies frequencies = new InMemoryAnalysis.Frequencies();
    private final InMemoryAnalysis.TermCounts termCounts = new InMemoryAnalysis.TermCounts(articles, analyses);
    private final InMemoryAnalysis.Stories stories = new InMemoryAnalysis.Stories(articles);
    private final InMemoryAnalysis.Search search = new InMemoryAnalysis.Search(articles);

    private final List<Restorable> state = List.of(portals, categories, feeds, revisions, articles, runs, events,
            frontier, analyses, frequencies, termCounts, stories);
    /** Whether a unit runs, and whether it is read-only; only read and written under the lock. */
    private Boolean runningReadOnly;

    public InMemoryStore() {
        state.stream().filter(InMemoryCrud.class::isInstance)
                .forEach(repository -> ((InMemoryCrud<?, ?>) repository).beforeWrite(this::refuseWhenReadOnly));
    }

    /** Like PostgreSQL in a read-only transaction: the write is refused, and the unit with it. */
    private void refuseWhenReadOnly() {
        if (Boolean.TRUE.equals(runningReadOnly)) {
            throw new io.newsaggregator.domain.error.UncategorizedDataAccessException(
                    "Writing failed: cannot write in a read-only unit of work", null);
        }
    }

    @Override
    public synchronized <R> R execute(Function<Repositories, R> work) {
        return inUnit(work, false);
    }

    @Override
    public synchronized <R> R readOnly(Function<Repositories, R> work) {
        return inUnit(work, true);
    }

    private <R> R inUnit(Function<Repositories, R> work, boolean readOnly) {
        Objects.requireNonNull(work, "work");
        if (runningReadOnly != null) {
            if (runningReadOnly && !readOnly) {
                throw new IllegalStateException("execute() was called inside readOnly(); start the writing unit outside it");
            }
            return work.apply(this);
        }
        List<Runnable> restore = state.stream().map(Restorable::snapshot).toList();
        runningReadOnly = readOnly;
        try {
            return work.apply(this);
        } catch (RuntimeException | Error e) {
            restore.forEach(Runnable::run);
            throw e;
        } finally {
            runningReadOnly = null;
        }
    }

    /**
     * Makes {@code upsertAll} refuse, before it changes anything, every call that holds an article
     * matching {@code rule}, as PostgreSQL refuses a batch with one value it cannot take.
     */
    public void refuseArticles(java.util.function.Predicate<Article> rule) {
        articles.refused = rule;
    }

    @Override public PortalRepository portals() { return portals; }
    @Override public CategoryRepository categories() { return categories; }
    @Override public FeedRepository feeds() { return feeds; }
    @Override public ArticleRepository articles() { return articles; }
    @Override public ArticleRevisionRepository revisions() { return revisions; }
    @Override public IngestRunRepository ingestRuns() { return runs; }
    @Override public FetchEventRepository fetchEvents() { return events; }
    @Override public FrontierRepository frontier() { return frontier; }
    @Override public ArticleAnalysisRepository analyses() { return analyses; }
    @Override public DocumentFrequencyRepository documentFrequencies() { return frequencies; }
    @Override public TermCountRepository termCounts() { return termCounts; }
    @Override public StoryRepository stories() { return stories; }
    @Override public ArticleSearch search() { return search; }

    static final class Portals extends InMemoryCrud<Portal, PortalId> implements PortalRepository {
        Portals() {
            super("Portal", Portal::id, PortalId::value, PortalId::new, Portal::withId, fieldMap(
                    PortalField.ID, (Function<Portal, Object>) Portal::id,
                    PortalField.CODE, (Function<Portal, Object>) Portal::code,
                    PortalField.NAME, (Function<Portal, Object>) Portal::name,
                    PortalField.HOMEPAGE, (Function<Portal, Object>) Portal::homepage,
                    PortalField.LANGUAGE, (Function<Portal, Object>) Portal::language));
            unique("portal_code_uk", p -> List.of(p.code()));
        }

        @Override
        public Optional<Portal> findByCode(String code) {
            return all().filter(p -> p.code().equals(code)).findFirst();
        }

        @Override
        public Portal findOrCreate(Portal portal) {
            return findByCode(portal.code()).orElseGet(() -> save(portal));
        }
    }

    static final class Categories extends InMemoryCrud<Category, CategoryId> implements CategoryRepository {
        Categories(Portals portals) {
            super("Category", Category::id, CategoryId::value, CategoryId::new, Category::withId, fieldMap(
                    CategoryField.ID, (Function<Category, Object>) Category::id,
                    CategoryField.PORTAL_ID, (Function<Category, Object>) Category::portalId,
                    CategoryField.CODE, (Function<Category, Object>) Category::code,
                    CategoryField.NAME, (Function<Category, Object>) Category::name));
            unique("category_portal_code_uk", c -> List.of(c.portalId(), c.code()));
            references("category_portal_fk", c -> c.portalId().value(), portals, true);
        }

        @Override
        public Optional<Category> findByCode(PortalId portalId, String code) {
            return all().filter(c -> c.portalId().equals(portalId) && c.code().equals(code)).findFirst();
        }

        @Override
        public Category findOrCreate(PortalId portalId, String code, String name) {
            return findByCode(portalId, code).orElseGet(() -> save(Category.create(portalId, code, name)));
        }
    }

    static final class Feeds extends InMemoryCrud<Feed, FeedId> implements FeedRepository {
        Feeds(Portals portals) {
            super("Feed", Feed::id, FeedId::value, FeedId::new, Feed::withId, fieldMap(
                    FeedField.ID, (Function<Feed, Object>) Feed::id,
                    FeedField.PORTAL_ID, (Function<Feed, Object>) Feed::portalId,
                    FeedField.KIND, (Function<Feed, Object>) Feed::kind,
                    FeedField.URL, (Function<Feed, Object>) Feed::url,
                    FeedField.CATEGORY_CODE, (Function<Feed, Object>) Feed::categoryCode,
                    FeedField.CONSECUTIVE_FAILURES, (Function<Feed, Object>) Feed::consecutiveFailures,
                    FeedField.LAST_FETCHED_AT, (Function<Feed, Object>) Feed::lastFetchedAt,
                    FeedField.QUARANTINED_UNTIL, (Function<Feed, Object>) Feed::quarantinedUntil));
            unique("feed_portal_url_uk", f -> List.of(f.portalId(), f.url()));
            references("feed_portal_fk", f -> f.portalId().value(), portals, true);
        }

        @Override
        public List<Feed> findByPortal(PortalId portalId) {
            return all().filter(f -> f.portalId().equals(portalId)).toList();
        }

        @Override
        public Optional<Feed> findByUrl(PortalId portalId, String url) {
            return all().filter(f -> f.portalId().equals(portalId) && f.url().equals(url)).findFirst();
        }

        @Override
        public Feed findOrCreate(Feed source) {
            return findByUrl(source.portalId(), source.url()).orElseGet(() -> save(source));
        }

        @Override
        public List<Feed> claimDue(PortalId portalId, Instant now) {
            return findByPortal(portalId).stream().filter(f -> f.isDue(now)).toList();
        }
    }

    static final class Revisions extends InMemoryCrud<ArticleRevision, ArticleRevisionId> implements ArticleRevisionRepository {
        Revisions() {
            super("ArticleRevision", ArticleRevision::id, ArticleRevisionId::value, ArticleRevisionId::new,
                    ArticleRevision::withId, fieldMap(
                            ArticleRevisionField.ID, (Function<ArticleRevision, Object>) ArticleRevision::id,
                            ArticleRevisionField.ARTICLE_ID, (Function<ArticleRevision, Object>) ArticleRevision::articleId,
                            ArticleRevisionField.REVISION, (Function<ArticleRevision, Object>) ArticleRevision::revision,
                            ArticleRevisionField.CAPTURED_AT, (Function<ArticleRevision, Object>) ArticleRevision::capturedAt));
            unique("article_revision_article_revision_uk", r -> List.of(r.articleId(), r.revision()));
        }

        @Override
        public List<ArticleRevision> findByArticle(ArticleId articleId) {
            return all().filter(r -> r.articleId().equals(articleId))
                    .sorted(Comparator.comparingInt(ArticleRevision::revision)).toList();
        }
    }

    static final class Articles extends InMemoryCrud<Article, ArticleId> implements ArticleRepository {
        private final Revisions revisions;
        private final Map<ArticleId, Set<CategoryId>> links = new ConcurrentHashMap<>();
        private volatile java.util.function.Predicate<Article> refused = article -> false;

        Articles(Revisions revisions, Portals portals, Feeds feeds) {
            super("Article", Article::id, ArticleId::value, ArticleId::new, Article::withId, fieldMap(
                    ArticleField.ID, (Function<Article, Object>) Article::id,
                    ArticleField.PORTAL_ID, (Function<Article, Object>) Article::portalId,
                    ArticleField.CANONICAL_URL, (Function<Article, Object>) Article::canonicalUrl,
                    ArticleField.URL, (Function<Article, Object>) Article::url,
                    ArticleField.TITLE, (Function<Article, Object>) Article::title,
                    ArticleField.PUBLISHED_AT, (Function<Article, Object>) Article::publishedAt,
                    ArticleField.MODIFIED_AT, (Function<Article, Object>) Article::modifiedAt,
                    ArticleField.SECTION, (Function<Article, Object>) Article::section,
                    ArticleField.LANGUAGE, (Function<Article, Object>) Article::language,
                    ArticleField.CONTENT_HASH, (Function<Article, Object>) Article::contentHash,
                    ArticleField.FIRST_SEEN_AT, (Function<Article, Object>) Article::firstSeenAt,
                    ArticleField.LAST_SEEN_AT, (Function<Article, Object>) Article::lastSeenAt,
                    ArticleField.REVISION, (Function<Article, Object>) Article::revision));
            unique("article_portal_canonical_url_uk", a -> List.of(a.portalId(), a.canonicalUrl()));
            references("article_portal_fk", a -> a.portalId().value(), portals, true);
            referencesOrNull("article_feed_fk", a -> a.discoveredVia() == null ? null : a.discoveredVia().value(), feeds,
                    a -> new Article(a.id(), a.portalId(), a.canonicalUrl(), a.url(), a.title(), a.authors(), a.publishedAt(),
                            a.modifiedAt(), a.section(), a.language(), a.lead(), a.bodyText(), a.imageUrl(), a.contentHash(),
                            null, a.firstSeenAt(), a.lastSeenAt(), a.revision()));
            this.revisions = revisions;
            revisions.references("article_revision_article_fk", r -> r.articleId().value(), this, true);
        }

        @Override
        public Runnable snapshot() {
            Runnable rowsBack = super.snapshot();
            Map<ArticleId, Set<CategoryId>> copy = new LinkedHashMap<>();
            links.forEach((article, categories) -> copy.put(article, new LinkedHashSet<>(categories)));
            return () -> {
                rowsBack.run();
                links.clear();
                links.putAll(copy);
            };
        }

        /** The table's category links go with the article. */
        @Override
        void removed(long id) {
            super.removed(id);
            links.remove(ArticleId.of(id));
        }

        @Override
        public Optional<Article> findByCanonicalUrl(PortalId portalId, String canonicalUrl) {
            return all().filter(a -> a.portalId().equals(portalId) && a.canonicalUrl().equals(canonicalUrl)).findFirst();
        }

        @Override
        public List<UpsertResult> upsertAll(List<Article> incoming) {
            for (Article article : incoming) {
                if (refused.test(article)) {
                    throw new io.newsaggregator.domain.error.DataIntegrityException(
                            "Upserting " + incoming.size() + " articles failed: the store refuses " + article.canonicalUrl(), null, null);
                }
            }
            List<UpsertResult> results = new ArrayList<>();
            for (Article article : incoming) {
                Optional<Article> known = findByCanonicalUrl(article.portalId(), article.canonicalUrl());
                if (known.isEmpty()) {
                    Article stored = save(article.withId(null));
                    results.add(new UpsertResult(stored.id(), stored.canonicalUrl(), UpsertOutcome.INSERTED));
                } else if (!known.get().contentDiffersFrom(article)) {
                    Article old = known.get();
                    update(new Article(old.id(), old.portalId(), old.canonicalUrl(), old.url(), old.title(), old.authors(),
                            old.publishedAt(), old.modifiedAt(), old.section(), old.language(), old.lead(), old.bodyText(),
                            old.imageUrl(), old.contentHash(), old.discoveredVia(), old.firstSeenAt(), latest(old, article),
                            old.revision()));
                    results.add(new UpsertResult(old.id(), old.canonicalUrl(), UpsertOutcome.UNCHANGED));
                } else {
                    Article old = known.get();
                    revisions.save(new ArticleRevision(null, old.id(), old.revision(), old.title(), old.lead(),
                            old.bodyText(), old.contentHash(), article.lastSeenAt()));
                    update(new Article(old.id(), article.portalId(), old.canonicalUrl(), article.url(), article.title(),
                            article.authors(), article.publishedAt(), article.modifiedAt(), article.section(),
                            article.language(), article.lead(), article.bodyText(), article.imageUrl(),
                            article.contentHash(), old.discoveredVia() != null ? old.discoveredVia() : article.discoveredVia(),
                            old.firstSeenAt(), latest(old, article), old.revision() + 1));
                    results.add(new UpsertResult(old.id(), old.canonicalUrl(), UpsertOutcome.UPDATED));
                }
            }
            return results;
        }

        /** Like the JPA adapter, an upsert never moves the last-seen time back. */
        private static Instant latest(Article old, Article incoming) {
            return old.lastSeenAt().isAfter(incoming.lastSeenAt()) ? old.lastSeenAt() : incoming.lastSeenAt();
        }

        @Override
        public void linkCategories(Map<ArticleId, ? extends Collection<CategoryId>> newLinks) {
            newLinks.forEach((articleId, categoryIds) ->
                    links.computeIfAbsent(articleId, id -> new LinkedHashSet<>()).addAll(categoryIds));
        }

        /** The fake's search reads the articles themselves: there is never anything to index. */
        @Override
        public int indexForSearch(int limit) {
            return 0;
        }

        @Override
        public List<CategoryId> categoriesOf(ArticleId articleId) {
            return List.copyOf(links.getOrDefault(articleId, Set.of()));
        }

        @Override
        public List<Article> latestByPortal(PortalId portalId, int limit) {
            return find(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portalId))
                    .orderBy(ArticleField.PUBLISHED_AT.desc(), ArticleField.FIRST_SEEN_AT.desc()).limit(limit));
        }

        /** Like the JPA adapter: categories ordered by id, articles without any absent. */
        @Override
        public Map<ArticleId, List<CategoryId>> categoriesOfAll(Collection<ArticleId> articleIds) {
            Objects.requireNonNull(articleIds, "articleIds");
            Map<ArticleId, List<CategoryId>> found = new LinkedHashMap<>();
            for (ArticleId id : articleIds) {
                Objects.requireNonNull(id, "articleId");
                Set<CategoryId> linked = links.getOrDefault(id, Set.of());
                if (!linked.isEmpty()) {
                    found.put(id, linked.stream().sorted(Comparator.comparingLong(CategoryId::value)).toList());
                }
            }
            return found;
        }
    }

    static final class Runs extends InMemoryCrud<IngestRun, IngestRunId> implements IngestRunRepository {
        Runs() {
            super("IngestRun", IngestRun::id, IngestRunId::value, IngestRunId::new, IngestRun::withId, fieldMap(
                    IngestRunField.ID, (Function<IngestRun, Object>) IngestRun::id,
                    IngestRunField.STARTED_AT, (Function<IngestRun, Object>) IngestRun::startedAt,
                    IngestRunField.FINISHED_AT, (Function<IngestRun, Object>) IngestRun::finishedAt,
                    IngestRunField.STATUS, (Function<IngestRun, Object>) IngestRun::status,
                    IngestRunField.HEARTBEAT_AT, (Function<IngestRun, Object>) IngestRun::heartbeatAt));
        }

        @Override
        public void heartbeat(IngestRunId id, Instant at) {
            IngestRun run = getById(id);
            rows.put(id.value(), new IngestRun(run.id(), run.startedAt(), run.finishedAt(), run.status(), run.counts(),
                    run.message(), at, run.leaseKey()));
        }

        @Override
        public Optional<IngestRun> latest() {
            return all().max(Comparator.comparing(IngestRun::startedAt));
        }
    }

    static final class Events extends InMemoryCrud<FetchEvent, FetchEventId> implements FetchEventRepository {
        Events(Runs runs, Portals portals, Feeds feeds) {
            super("FetchEvent", FetchEvent::id, FetchEventId::value, FetchEventId::new, FetchEvent::withId, fieldMap(
                    FetchEventField.ID, (Function<FetchEvent, Object>) FetchEvent::id,
                    FetchEventField.RUN_ID, (Function<FetchEvent, Object>) FetchEvent::runId,
                    FetchEventField.PORTAL_ID, (Function<FetchEvent, Object>) FetchEvent::portalId,
                    FetchEventField.FEED_ID, (Function<FetchEvent, Object>) FetchEvent::feedId,
                    FetchEventField.TARGET, (Function<FetchEvent, Object>) FetchEvent::target,
                    FetchEventField.URL, (Function<FetchEvent, Object>) FetchEvent::url,
                    FetchEventField.OUTCOME, (Function<FetchEvent, Object>) FetchEvent::outcome,
                    FetchEventField.ERROR_CLASS, (Function<FetchEvent, Object>) FetchEvent::errorClass,
                    FetchEventField.OCCURRED_AT, (Function<FetchEvent, Object>) FetchEvent::occurredAt));
            references("fetch_event_run_fk", e -> e.runId() == null ? null : e.runId().value(), runs, true);
            references("fetch_event_portal_fk", e -> e.portalId() == null ? null : e.portalId().value(), portals, true);
            referencesOrNull("fetch_event_feed_fk", e -> e.feedId() == null ? null : e.feedId().value(), feeds,
                    e -> new FetchEvent(e.id(), e.runId(), e.portalId(), null, e.target(), e.url(), e.httpStatus(), e.bytes(),
                            e.durationMillis(), e.outcome(), e.errorClass(), e.reason(), e.occurredAt()));
        }

        @Override
        public List<FetchEvent> findByRun(IngestRunId runId) {
            return all().filter(e -> runId.equals(e.runId())).toList();
        }
    }
}
