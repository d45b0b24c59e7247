package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.ExportArticles;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@link ExportArticles} over the repositories: one read-only transaction per page of articles. */
public final class ArticleExport implements ExportArticles {
    private static final int PAGE = 500;

    private final UnitOfWork unitOfWork;

    public ArticleExport(UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public long export(Request request, Consumer<ExportedArticle> sink) {
        Objects.requireNonNull(request, "request");
        Lookups lookups = unitOfWork.readOnly(repos -> lookups(repos, request.portalCodes()));
        long written = 0;
        ArticleId after = null;
        while (true) {
            ArticleId from = after;
            List<ExportedArticle> page = unitOfWork.readOnly(repos -> page(repos, lookups, request, from));
            for (ExportedArticle article : page) {
                sink.accept(article);
                after = article.article().id();
                written++;
            }
            if (page.size() < PAGE) {
                return written;
            }
        }
    }

    private record Lookups(Map<PortalId, String> portalCodes, List<PortalId> selected, Map<FeedId, String> sources,
                           Map<CategoryId, String> categories) {
    }

    private static Lookups lookups(Repositories repos, List<String> portalCodes) {
        Map<PortalId, String> codes = repos.portals().find(Query.of(Portal.class)).stream()
                .collect(Collectors.toMap(Portal::id, Portal::code));
        List<PortalId> selected = new ArrayList<>();
        for (String code : portalCodes) {
            selected.add(repos.portals().findByCode(code)
                    .orElseThrow(() -> new ConfigurationException("no stored portal '" + code + "'; stored: "
                            + String.join(", ", codes.values())))
                    .id());
        }
        Map<FeedId, String> sources = repos.feeds().find(Query.of(Feed.class)).stream()
                .collect(Collectors.toMap(Feed::id, Feed::url));
        Map<CategoryId, String> categories = repos.categories().find(Query.of(Category.class)).stream()
                .collect(Collectors.toMap(Category::id, Category::code));
        return new Lookups(codes, selected, sources, categories);
    }

    private static List<ExportedArticle> page(Repositories repos, Lookups lookups, Request request, ArticleId after) {
        Query<Article> query = Query.of(Article.class);
        if (after != null) {
            query = query.where(ArticleField.ID.gt(after));
        }
        if (!lookups.selected().isEmpty()) {
            query = query.where(ArticleField.PORTAL_ID.in(lookups.selected()));
        }
        if (request.seenSince() != null) {
            query = query.where(ArticleField.LAST_SEEN_AT.ge(request.seenSince()));
        }
        List<Article> articles = repos.articles().find(query.orderBy(ArticleField.ID.asc()).limit(PAGE));
        Map<ArticleId, List<CategoryId>> categories = repos.articles()
                .categoriesOfAll(articles.stream().map(Article::id).toList());
        List<ExportedArticle> page = new ArrayList<>(articles.size());
        for (Article a : articles) {
            page.add(new ExportedArticle(a, lookups.portalCodes().get(a.portalId()),
                    a.discoveredVia() == null ? null : lookups.sources().get(a.discoveredVia()),
                    categories.getOrDefault(a.id(), List.of()).stream()
                            .map(id -> lookups.categories().getOrDefault(id, String.valueOf(id))).sorted().toList()));
        }
        return page;
    }
}
