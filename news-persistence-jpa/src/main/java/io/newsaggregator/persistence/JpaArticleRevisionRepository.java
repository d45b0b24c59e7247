package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.ArticleRevisionField;
import io.newsaggregator.domain.model.ArticleRevisionId;
import io.newsaggregator.domain.port.out.ArticleRevisionRepository;
import io.newsaggregator.domain.query.Query;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/** Superseded article versions over JPA. */
final class JpaArticleRevisionRepository extends JpaCrudRepository<ArticleRevision, ArticleRevisionId, ArticleRevisionEntity>
        implements ArticleRevisionRepository {
    static final FieldWhitelist<ArticleRevision> FIELDS = FieldWhitelist.of(ArticleRevision.class)
            .id(ArticleRevisionField.ID, "id", ArticleRevisionId::value, ArticleRevisionId::new)
            .id(ArticleRevisionField.ARTICLE_ID, "articleId", ArticleId::value, ArticleId::new)
            .plain(ArticleRevisionField.REVISION, "revision")
            .plain(ArticleRevisionField.CAPTURED_AT, "capturedAt")
            .build();
    private static final AggregateMapping<ArticleRevision, ArticleRevisionId, ArticleRevisionEntity> MAPPING =
            new AggregateMapping<>("ArticleRevision", ArticleRevisionEntity.class, EntityMappers.ARTICLE_REVISION,
                    FIELDS, ArticleRevision::id, ArticleRevisionId::value);

    JpaArticleRevisionRepository(Session session) {
        super(session, MAPPING);
    }

    @Override
    public List<ArticleRevision> findByArticle(ArticleId articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return find(Query.of(ArticleRevision.class)
                .where(ArticleRevisionField.ARTICLE_ID.eq(articleId))
                .orderBy(ArticleRevisionField.REVISION.asc()));
    }
}
