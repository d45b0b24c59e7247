package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedField;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.RuleMisses;
import io.newsaggregator.domain.port.in.ArticleDetail;
import io.newsaggregator.domain.port.in.ArticleFilter;
import io.newsaggregator.domain.port.in.BrowseNews;
import io.newsaggregator.domain.port.in.Page;
import io.newsaggregator.domain.port.in.PageRequest;
import io.newsaggregator.domain.port.in.PortalSources;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link BrowseNews} over the repositories: each answer is read in one read-only transaction. */
public final class BrowseService implements BrowseNews {
    private final UnitOfWork unitOfWork;

    public BrowseService(UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Page<Article> articles(ArticleFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Query<Article> query = Query.of(Article.class);
        if (!filter.portals().isEmpty()) {
            query = query.where(ArticleField.PORTAL_ID.in(filter.portals()));
        }
        if (filter.language() != null) {
            query = query.where(ArticleField.LANGUAGE.eq(filter.language()));
        }
        if (filter.section() != null) {
            query = query.where(ArticleField.SECTION.eq(filter.section()));
        }
        if (filter.from() != null) {
            query = query.where(ArticleField.PUBLISHED_AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            query = query.where(ArticleField.PUBLISHED_AT.lt(filter.to()));
        }
        Query<Article> sorted = query.orderBy(ArticleField.PUBLISHED_AT.desc(), ArticleField.ID.desc());
        return unitOfWork.readOnly(repos -> page(repos.articles(), sorted, page));
    }

    @Override
    public Optional<ArticleDetail> article(ArticleId id) {
        Objects.requireNonNull(id, "id");
        return unitOfWork.readOnly(repos -> repos.articles().findById(id)
                .map(article -> new ArticleDetail(article, repos.revisions().findByArticle(id))));
    }

    @Override
    public List<PortalSources> portals() {
        return unitOfWork.readOnly(repos -> repos.portals().find(Query.of(Portal.class).orderBy(PortalField.CODE.asc()))
                .stream()
                .map(portal -> {
                    List<Feed> sources = repos.feeds().find(Query.of(Feed.class)
                            .where(FeedField.PORTAL_ID.eq(portal.id())).orderBy(FeedField.URL.asc()));
                    Instant lastPolled = sources.stream().map(Feed::lastFetchedAt).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null);
                    long articles = repos.articles().count(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portal.id())));
                    long ruleMisses = repos.fetchEvents().count(RuleMisses.ofPortal(portal.id()));
                    return new PortalSources(portal, sources, lastPolled, articles, ruleMisses);
                })
                .toList());
    }

    @Override
    public Page<IngestRun> ingestRuns(PageRequest page) {
        return unitOfWork.readOnly(repos -> page(repos.ingestRuns(),
                Query.of(IngestRun.class).orderBy(IngestRunField.ID.desc()), page));
    }

    @Override
    public Page<FetchEvent> runFailures(IngestRunId runId, PageRequest page) {
        Objects.requireNonNull(runId, "runId");
        return unitOfWork.readOnly(repos -> {
            repos.ingestRuns().getById(runId);
            return page(repos.fetchEvents(), Query.of(FetchEvent.class)
                    .where(FetchEventField.RUN_ID.eq(runId).and(FetchEventField.OUTCOME.eq(FetchOutcome.FAILED)))
                    .orderBy(FetchEventField.ID.asc()), page);
        });
    }

    private static <T> Page<T> page(CrudRepository<T, ?> repository, Query<T> query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        List<T> items = repository.find(query.offset(page.offset()).limit(page.limit()));
        return new Page<>(items, repository.count(query), page);
    }
}
