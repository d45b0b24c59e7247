package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles, one per (portal, canonical URL). */
public interface ArticleRepository extends CrudRepository<Article, ArticleId> {
    Optional<Article> findByCanonicalUrl(PortalId portalId, String canonicalUrl);

    /**
     * Inserts new articles and updates known ones by (portal, canonical URL), in batches. An article
     * whose content hash changed keeps its old content as an
     * {@link io.newsaggregator.domain.model.ArticleRevision} and gets its revision number raised; an
     * unchanged one only has its last-seen time moved. Ids and first-seen times of the arguments
     * are ignored. Results are in argument order.
     */
    List<UpsertResult> upsertAll(List<Article> articles);

    /**
     * The indexing step of full-text search: computes the search terms of up to {@code limit}
     * articles stored or changed since they were last indexed, oldest first, skipping rows other
     * transactions hold. Search finds articles not indexed yet too, only more slowly.
     *
     * @return how many articles were indexed; 0 when none was waiting
     */
    int indexForSearch(int limit);

    /** Links the article to the categories; links that exist already are kept. */
    default void linkCategories(ArticleId articleId, Collection<CategoryId> categoryIds) {
        linkCategories(Map.of(articleId, categoryIds));
    }

    /**
     * Links each article to its categories in a constant number of statements whatever the number
     * of articles; links that exist already are kept.
     */
    void linkCategories(Map<ArticleId, ? extends Collection<CategoryId>> links);

    List<CategoryId> categoriesOf(ArticleId articleId);

    /** The newest articles of a portal by publication (then first-seen) time. */
    List<Article> latestByPortal(PortalId portalId, int limit);

    /** The canonical URLs of {@link #latestByPortal}, in its order, without reading the articles. */
    default List<String> latestCanonicalUrls(PortalId portalId, int limit) {
        return latestByPortal(portalId, limit).stream().map(Article::canonicalUrl).toList();
    }

    /**
     * The categories of each of these articles, ordered by id, read in a constant number of
     * statements whatever the number of ids. Articles without categories (or not stored) are absent
     * from the map; duplicate ids count once.
     */
    Map<ArticleId, List<CategoryId>> categoriesOfAll(Collection<ArticleId> articleIds);
}
