package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertOutcome;
import io.newsaggregator.domain.model.UpsertResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleUpsertIT extends JpaTestSupport {

    private PortalId newPortal() {
        return uow.execute(r -> r.portals().save(Fixtures.portal()).id());
    }

    private static Article withBody(Article a, String body, Instant seenAt) {
        return new Article(null, a.portalId(), a.canonicalUrl(), a.url(), a.title(), a.authors(), a.publishedAt(),
                a.modifiedAt(), a.section(), a.language(), a.lead(), body, a.imageUrl(),
                ContentHash.of(a.title(), a.lead(), body), a.discoveredVia(), seenAt, seenAt, 1);
    }

    @Test
    void insertsNewArticlesInArgumentOrder() {
        PortalId portal = newPortal();
        List<Article> articles = List.of(Fixtures.article(portal, "One", Fixtures.T0), Fixtures.article(portal, "Two", Fixtures.T0));

        List<UpsertResult> results = uow.execute(r -> r.articles().upsertAll(articles));

        assertThat(results).extracting(UpsertResult::outcome).containsExactly(UpsertOutcome.INSERTED, UpsertOutcome.INSERTED);
        assertThat(results).extracting(UpsertResult::canonicalUrl)
                .containsExactly(articles.get(0).canonicalUrl(), articles.get(1).canonicalUrl());
        Article stored = uow.readOnly(r -> r.articles().getById(results.get(0).articleId()));
        assertThat(stored).isEqualTo(articles.get(0).withId(results.get(0).articleId()));
    }

    @Test
    void reUpsertOfSameContentIsUnchangedAndOnlyMovesLastSeen() {
        PortalId portal = newPortal();
        Article first = Fixtures.article(portal, "Same", Fixtures.T0);
        UpsertResult inserted = uow.execute(r -> r.articles().upsertAll(List.of(first))).get(0);
        Instant later = Fixtures.T0.plusSeconds(3600);

        UpsertResult again = uow.execute(r -> r.articles().upsertAll(List.of(withBody(first, first.bodyText(), later)))).get(0);

        assertThat(again.outcome()).isEqualTo(UpsertOutcome.UNCHANGED);
        assertThat(again.articleId()).isEqualTo(inserted.articleId());
        Article stored = uow.readOnly(r -> r.articles().getById(inserted.articleId()));
        assertThat(stored.lastSeenAt()).isEqualTo(later);
        assertThat(stored.firstSeenAt()).isEqualTo(Fixtures.T0);
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(uow.<List<ArticleRevision>>readOnly(r -> r.revisions().findByArticle(inserted.articleId()))).isEmpty();
    }

    @Test
    void changedBodyIsUpdatedAndKeepsExactlyOneRevisionWithTheOldContent() {
        PortalId portal = newPortal();
        Article first = Fixtures.article(portal, "Changing", Fixtures.T0);
        UpsertResult inserted = uow.execute(r -> r.articles().upsertAll(List.of(first))).get(0);
        Instant later = Fixtures.T0.plusSeconds(7200);
        Article edited = withBody(first, "A corrected body", later);

        UpsertResult updated = uow.execute(r -> r.articles().upsertAll(List.of(edited))).get(0);

        assertThat(updated.outcome()).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(updated.articleId()).isEqualTo(inserted.articleId());
        Article stored = uow.readOnly(r -> r.articles().getById(inserted.articleId()));
        assertThat(stored.revision()).isEqualTo(2);
        assertThat(stored.bodyText()).isEqualTo("A corrected body");
        assertThat(stored.contentHash()).isEqualTo(edited.contentHash());
        assertThat(stored.firstSeenAt()).isEqualTo(Fixtures.T0);
        assertThat(stored.lastSeenAt()).isEqualTo(later);
        List<ArticleRevision> revisions = uow.readOnly(r -> r.revisions().findByArticle(inserted.articleId()));
        assertThat(revisions).hasSize(1);
        ArticleRevision old = revisions.get(0);
        assertThat(old.revision()).isEqualTo(1);
        assertThat(old.bodyText()).isEqualTo(first.bodyText());
        assertThat(old.title()).isEqualTo(first.title());
        assertThat(old.lead()).isEqualTo(first.lead());
        assertThat(old.contentHash()).isEqualTo(first.contentHash());
        assertThat(old.capturedAt()).isEqualTo(later);
    }

    @Test
    void mixedBatchLargerThanOneChunkGetsOneOutcomePerArticle() {
        PortalId portal = newPortal();
        List<Article> firstRound = new ArrayList<>();
        for (int i = 0; i < ArticleUpserter.CHUNK + 150; i++) {
            firstRound.add(Fixtures.article(portal, "https://example.org/bulk/" + i, "Bulk " + i, "Body " + i, Fixtures.T0));
        }
        uow.execute(r -> r.articles().upsertAll(firstRound));
        List<Article> secondRound = new ArrayList<>();
        for (int i = 0; i < firstRound.size(); i++) {
            Article a = firstRound.get(i);
            secondRound.add(i % 2 == 0 ? withBody(a, "Edited " + i, Fixtures.T0.plusSeconds(60)) : withBody(a, a.bodyText(), Fixtures.T0.plusSeconds(60)));
        }
        secondRound.add(Fixtures.article(portal, "https://example.org/bulk/new", "New", "New body", Fixtures.T0));

        List<UpsertResult> results = uow.execute(r -> r.articles().upsertAll(secondRound));

        assertThat(results).hasSize(secondRound.size());
        for (int i = 0; i < firstRound.size(); i++) {
            assertThat(results.get(i).outcome()).isEqualTo(i % 2 == 0 ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
            assertThat(results.get(i).canonicalUrl()).isEqualTo(secondRound.get(i).canonicalUrl());
        }
        assertThat(results.get(results.size() - 1).outcome()).isEqualTo(UpsertOutcome.INSERTED);
    }

    @Test
    void theSameArticleTwiceInOneCallIsInsertedThenUpdated() {
        PortalId portal = newPortal();
        Article first = Fixtures.article(portal, "Twice", Fixtures.T0);
        Article second = withBody(first, "Second version", Fixtures.T0.plusSeconds(5));

        List<UpsertResult> results = uow.execute(r -> r.articles().upsertAll(List.of(first, second)));

        assertThat(results).extracting(UpsertResult::outcome).containsExactly(UpsertOutcome.INSERTED, UpsertOutcome.UPDATED);
        assertThat(results.get(0).articleId()).isEqualTo(results.get(1).articleId());
        assertThat(uow.readOnly(r -> r.articles().getById(results.get(0).articleId())).revision()).isEqualTo(2);
    }

    @Test
    void upsertSeesArticlesSavedEarlierInTheSameUnit() {
        PortalId portal = newPortal();
        Article article = Fixtures.article(portal, "Saved first", Fixtures.T0);

        UpsertResult result = uow.execute(r -> {
            r.articles().save(article);
            return r.articles().upsertAll(List.of(withBody(article, article.bodyText(), Fixtures.T0.plusSeconds(1)))).get(0);
        });

        assertThat(result.outcome()).isEqualTo(UpsertOutcome.UNCHANGED);
    }
}
