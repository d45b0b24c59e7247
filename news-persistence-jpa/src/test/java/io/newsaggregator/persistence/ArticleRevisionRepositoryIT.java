package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.ArticleRevisionField;
import io.newsaggregator.domain.model.ArticleRevisionId;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;

class ArticleRevisionRepositoryIT extends CrudRepositoryContract<ArticleRevision, ArticleRevisionId, Integer> {
    private ArticleId article;

    @Override CrudRepository<ArticleRevision, ArticleRevisionId> repository(Repositories r) { return r.revisions(); }
    @Override Class<ArticleRevision> type() { return ArticleRevision.class; }
    @Override String typeName() { return "ArticleRevision"; }

    @Override
    void newScope(Repositories r) {
        var portal = r.portals().save(Fixtures.portal()).id();
        article = r.articles().save(Fixtures.article(portal, "Revised", Fixtures.T0)).id();
    }

    @Override
    ArticleRevision newAggregate(int i) {
        return new ArticleRevision(null, article, i, "Title " + i, null, "Body " + i, "hash-" + i, Fixtures.T0.plusSeconds(i));
    }

    @Override Condition<ArticleRevision> inScope() { return ArticleRevisionField.ARTICLE_ID.eq(article); }
    @Override Field<ArticleRevision, Integer> markerField() { return ArticleRevisionField.REVISION; }
    @Override Integer markerOf(ArticleRevision a) { return a.revision(); }
    @Override Field<ArticleRevision, ?> nullField() { return null; }
    @Override String likePattern() { return null; }
    @Override Field<ArticleRevision, ArticleRevisionId> idField() { return ArticleRevisionField.ID; }
    @Override ArticleRevisionId idOf(ArticleRevision a) { return a.id(); }
    @Override ArticleRevision withId(ArticleRevision a, ArticleRevisionId id) { return a.withId(id); }
    @Override ArticleRevisionId missingId() { return ArticleRevisionId.of(987_654_321L); }

    @Override
    ArticleRevision changed(ArticleRevision a) {
        return new ArticleRevision(a.id(), a.articleId(), a.revision(), "Corrected", "Lead", a.bodyText(), a.contentHash(), a.capturedAt());
    }
}
