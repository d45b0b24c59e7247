package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.out.ArticleRepository;
import io.newsaggregator.domain.query.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/** Articles over JPA, with a native bulk upsert. */
final class JpaArticleRepository extends JpaCrudRepository<Article, ArticleId, ArticleEntity> implements ArticleRepository {
    static final FieldWhitelist<Article> FIELDS = FieldWhitelist.of(Article.class)
            .id(ArticleField.ID, "id", ArticleId::value, ArticleId::new)
            .id(ArticleField.PORTAL_ID, "portalId", PortalId::value, PortalId::new)
            .plain(ArticleField.CANONICAL_URL, "canonicalUrl")
            .plain(ArticleField.URL, "url")
            .plain(ArticleField.TITLE, "title")
            .plain(ArticleField.PUBLISHED_AT, "publishedAt")
            .plain(ArticleField.MODIFIED_AT, "modifiedAt")
            .plain(ArticleField.SECTION, "section")
            .plain(ArticleField.LANGUAGE, "language")
            .plain(ArticleField.CONTENT_HASH, "contentHash")
            .plain(ArticleField.FIRST_SEEN_AT, "firstSeenAt")
            .plain(ArticleField.LAST_SEEN_AT, "lastSeenAt")
            .plain(ArticleField.REVISION, "revision")
            .build();
    private static final AggregateMapping<Article, ArticleId, ArticleEntity> MAPPING = new AggregateMapping<>(
            "Article", ArticleEntity.class, EntityMappers.ARTICLE, FIELDS, Article::id, ArticleId::value);

    private final NativeStatements statements;
    private final TableNames names;
    private final SlowStatementLog slowLog;
    private final ArticleUpserter upserter;

    JpaArticleRepository(Session session, NativeStatements statements, int batchSize) {
        super(session, MAPPING);
        this.statements = statements;
        this.names = statements.names();
        this.slowLog = statements.slowLog();
        this.upserter = new ArticleUpserter(session, statements, batchSize);
    }

    @Override
    public Optional<Article> findByCanonicalUrl(PortalId portalId, String canonicalUrl) {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        return find(Query.of(Article.class)
                .where(ArticleField.PORTAL_ID.eq(portalId).and(ArticleField.CANONICAL_URL.eq(canonicalUrl)))
                .limit(1)).stream().findFirst();
    }

    @Override
    public List<UpsertResult> upsertAll(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        articles.forEach(a -> Objects.requireNonNull(a, "article"));
        if (articles.isEmpty()) {
            return List.of();
        }
        return call("upserting " + articles.size() + " articles", () -> upserter.upsertAll(articles));
    }

    @Override
    public int indexForSearch(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        String sql = "update " + names.article() + " a set search_terms = " + names.table("search_terms")
                + "(a.language, a.title, a.lead, a.body_text)"
                + " where a.id in (select id from " + names.article() + " where search_terms is null"
                + " order by id limit ? for update skip locked)";
        return statements.run("indexing up to " + limit + " articles for search", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit);
                return slowLog.time(sql, ps::executeUpdate);
            }
        });
    }

    @Override
    public void linkCategories(Map<ArticleId, ? extends Collection<CategoryId>> links) {
        Objects.requireNonNull(links, "links");
        List<Long> articles = new ArrayList<>();
        List<Long> categories = new ArrayList<>();
        links.forEach((articleId, categoryIds) -> {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(categoryIds, "categoryIds");
            for (CategoryId categoryId : categoryIds) {
                articles.add(articleId.value());
                categories.add(Objects.requireNonNull(categoryId, "categoryId").value());
            }
        });
        if (articles.isEmpty()) {
            return;
        }
        String sql = "insert into " + names.articleCategory() + " (article_id, category_id)"
                + " select * from unnest(?::bigint[], ?::bigint[]) on conflict do nothing";
        statements.run("linking " + links.size() + " articles to their categories", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("bigint", articles.toArray()));
                ps.setArray(2, c.createArrayOf("bigint", categories.toArray()));
                return slowLog.time(sql, ps::executeUpdate);
            }
        });
    }

    @Override
    public List<CategoryId> categoriesOf(ArticleId articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return call("reading categories of article " + articleId, () -> session
                .createSelectionQuery("select l.categoryId from ArticleCategory l where l.articleId = :article"
                        + " order by l.categoryId", Long.class)
                .setParameter("article", articleId.value())
                .getResultList().stream().map(CategoryId::new).toList());
    }

    private static final String LATEST_OF_PORTAL = "from Article a where a.portalId = :portal"
            + " order by a.publishedAt desc nulls last, a.firstSeenAt desc, a.id desc";

    @Override
    public List<Article> latestByPortal(PortalId portalId, int limit) {
        checkLatest(portalId, limit);
        return call("reading latest articles of portal " + portalId, () -> session
                .createSelectionQuery(LATEST_OF_PORTAL, ArticleEntity.class)
                .setParameter("portal", portalId.value())
                .setMaxResults(limit)
                .getResultList().stream().map(EntityMappers.ARTICLE::toDomain).toList());
    }

    @Override
    public List<String> latestCanonicalUrls(PortalId portalId, int limit) {
        checkLatest(portalId, limit);
        return call("reading latest article URLs of portal " + portalId, () -> session
                .createSelectionQuery("select a.canonicalUrl " + LATEST_OF_PORTAL, String.class)
                .setParameter("portal", portalId.value())
                .setMaxResults(limit)
                .getResultList());
    }

    private static void checkLatest(PortalId portalId, int limit) {
        Objects.requireNonNull(portalId, "portalId");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
    }

    /** One statement whatever the number of ids: the ids go in as one array parameter. */
    @Override
    public Map<ArticleId, List<CategoryId>> categoriesOfAll(Collection<ArticleId> articleIds) {
        Long[] ids = ArticleIdArrays.distinct(articleIds);
        if (ids.length == 0) {
            return Map.of();
        }
        String sql = "select article_id, category_id from " + names.articleCategory()
                + " where article_id = any(?) order by article_id, category_id";
        Map<Long, List<CategoryId>> byId = statements.run("reading categories of " + ids.length + " articles", c -> {
            Map<Long, List<CategoryId>> links = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                try (ResultSet rs = slowLog.time(sql, ps::executeQuery)) {
                    while (rs.next()) {
                        links.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new CategoryId(rs.getLong(2)));
                    }
                }
            }
            return links;
        });
        Map<ArticleId, List<CategoryId>> found = new LinkedHashMap<>();
        for (Long id : ids) {
            List<CategoryId> categories = byId.get(id);
            if (categories != null) {
                found.put(ArticleId.of(id), List.copyOf(categories));
            }
        }
        return found;
    }
}
