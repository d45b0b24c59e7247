package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertOutcome;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.query.Query;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentUpsertIT extends JpaTestSupport {

    /**
     * The second upsert must really collide: it starts while the first transaction holds its new,
     * uncommitted rows, and the first commits only once the second is seen waiting on their lock in
     * its insert. Then the second's insert finds the keys taken and it upserts them again.
     */
    @Test
    void twoProcessesUpsertingTheSameNewArticlesStoreEachOnce() throws Exception {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        List<Article> articles = List.of(Fixtures.article(portal, "Race one", Fixtures.T0),
                Fixtures.article(portal, "Race two", Fixtures.T0));
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<List<UpsertResult>> first = CompletableFuture.supplyAsync(() -> uow.execute(r -> {
            List<UpsertResult> results = r.articles().upsertAll(articles);
            firstInserted.countDown();
            LockWaits.await(releaseFirst);
            return results;
        }));
        CompletableFuture<List<UpsertResult>> second;
        try {
            assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
            second = CompletableFuture.supplyAsync(() -> uow.execute(r -> r.articles().upsertAll(articles)));
            assertThat(LockWaits.awaitInsertWaitingOnALock(schema, "article")).as("the second upsert waits on the first one's rows").isTrue();
        } finally {
            releaseFirst.countDown();
        }

        List<UpsertResult> firstResults = first.get(30, TimeUnit.SECONDS);
        List<UpsertResult> secondResults = second.get(30, TimeUnit.SECONDS);
        assertThat(firstResults).extracting(UpsertResult::outcome).containsOnly(UpsertOutcome.INSERTED);
        assertThat(secondResults).extracting(UpsertResult::outcome).containsOnly(UpsertOutcome.UNCHANGED);
        assertThat(secondResults).extracting(UpsertResult::articleId)
                .containsExactlyElementsOf(firstResults.stream().map(UpsertResult::articleId).toList());
        assertThat(uow.<Long>readOnly(r -> r.articles().count(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portal)))))
                .isEqualTo(2L);
    }
}
