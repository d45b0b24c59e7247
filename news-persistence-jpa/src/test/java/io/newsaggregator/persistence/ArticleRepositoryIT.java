package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import java.util.List;

class ArticleRepositoryIT extends CrudRepositoryContract<Article, ArticleId, String> {
    private PortalId portal;

    @Override CrudRepository<Article, ArticleId> repository(Repositories r) { return r.articles(); }
    @Override Class<Article> type() { return Article.class; }
    @Override String typeName() { return "Article"; }
    @Override void newScope(Repositories r) { portal = r.portals().save(Fixtures.portal()).id(); }

    @Override
    Article newAggregate(int i) {
        return Fixtures.article(portal, "https://example.org/news/" + i, "Title " + i, "Body " + i, Fixtures.T0.plusSeconds(i));
    }

    @Override Condition<Article> inScope() { return ArticleField.PORTAL_ID.eq(portal); }
    @Override Field<Article, String> markerField() { return ArticleField.CANONICAL_URL; }
    @Override String markerOf(Article a) { return a.canonicalUrl(); }
    @Override Field<Article, ?> nullField() { return ArticleField.MODIFIED_AT; }
    @Override String likePattern() { return "https://example.org/news/%"; }
    @Override Field<Article, ArticleId> idField() { return ArticleField.ID; }
    @Override ArticleId idOf(Article a) { return a.id(); }
    @Override Article withId(Article a, ArticleId id) { return a.withId(id); }
    @Override ArticleId missingId() { return ArticleId.of(987_654_321L); }

    @Override
    Article changed(Article a) {
        return new Article(a.id(), a.portalId(), a.canonicalUrl(), a.url(), "New title", List.of("C. Author"),
                a.publishedAt(), Fixtures.T0.plusSeconds(100), a.section(), "de", a.lead(), "New body", null,
                "changed-hash", a.discoveredVia(), a.firstSeenAt(), a.lastSeenAt().plusSeconds(60), a.revision() + 1);
    }
}
