package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AggregateQueriesIT extends JpaTestSupport {

    @Test
    void portalIsFoundByCode() {
        Portal saved = uow.execute(r -> r.portals().save(Fixtures.portal()));

        assertThat(uow.<Optional<Portal>>readOnly(r -> r.portals().findByCode(saved.code()))).contains(saved);
        assertThat(uow.<Optional<Portal>>readOnly(r -> r.portals().findByCode("no-such-portal"))).isEmpty();
    }

    @Test
    void findOrCreateCreatesACategoryOnceAndThenFindsIt() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());

        Category created = uow.execute(r -> r.categories().findOrCreate(portal, "politics", "Politics"));
        Category found = uow.execute(r -> r.categories().findOrCreate(portal, "politics", "Other name"));

        assertThat(found).isEqualTo(created);
        assertThat(found.name()).isEqualTo("Politics");
        assertThat(uow.<Optional<Category>>readOnly(r -> r.categories().findByCode(portal, "politics"))).contains(created);
    }

    @Test
    void feedsAreFoundByPortalAndUrl() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        List<Feed> feeds = uow.execute(r -> r.feeds().saveAll(List.of(
                Feed.create(portal, FeedKind.FEED, "https://example.org/rss", null, null),
                Feed.create(portal, FeedKind.SITEMAP, "https://example.org/sitemap.xml", null, null))));

        assertThat(uow.<List<Feed>>readOnly(r -> r.feeds().findByPortal(portal))).containsExactlyInAnyOrderElementsOf(feeds);
        assertThat(uow.<Optional<Feed>>readOnly(r -> r.feeds().findByUrl(portal, "https://example.org/sitemap.xml")))
                .contains(feeds.get(1));
    }

    @Test
    void claimDueSkipsQuarantinedFeedsAndFeedsClaimedByAnotherTransaction() throws Exception {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        Instant now = Fixtures.T0;
        List<Feed> feeds = uow.execute(r -> r.feeds().saveAll(List.of(
                Feed.create(portal, FeedKind.FEED, "https://example.org/a", null, null),
                Feed.create(portal, FeedKind.FEED, "https://example.org/b", null, null),
                Feed.create(portal, FeedKind.FEED, "https://example.org/c", null, null)
                        .failed(now, "timeout", 1, Duration.ofHours(1), Duration.ofHours(2)))));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<List<FeedId>> first = CompletableFuture.supplyAsync(() -> uow.execute(r -> {
            List<FeedId> ids = r.feeds().claimDue(portal, now).stream().map(Feed::id).toList();
            claimed.countDown();
            LockWaits.await(release);
            return ids;
        }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        List<FeedId> second = uow.execute(r -> r.feeds().claimDue(portal, now).stream().map(Feed::id).toList());
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).containsExactly(feeds.get(0).id(), feeds.get(1).id());
        assertThat(second).as("rows locked by the first worker are skipped").isEmpty();
        assertThat(uow.<List<Feed>>execute(r -> r.feeds().claimDue(portal, now.plus(Duration.ofHours(2)))))
                .as("quarantine over").hasSize(3);
    }

    @Test
    void articlesAreLinkedToCategoriesOnce() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        ArticleId article = uow.execute(r -> r.articles().save(Fixtures.article(portal, "Linked", Fixtures.T0)).id());
        CategoryId world = uow.execute(r -> r.categories().findOrCreate(portal, "world", "World").id());
        CategoryId europe = uow.execute(r -> r.categories().findOrCreate(portal, "europe", "Europe").id());

        uow.run(r -> r.articles().linkCategories(article, List.of(world)));
        uow.run(r -> r.articles().linkCategories(article, List.of(world, europe)));

        assertThat(uow.<List<CategoryId>>readOnly(r -> r.articles().categoriesOf(article)))
                .containsExactlyInAnyOrder(world, europe);
    }

    @Test
    void latestByPortalOrdersByPublicationThenFirstSeen() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        Article old = withPublished(Fixtures.article(portal, "Old", Fixtures.T0), Fixtures.T0.minusSeconds(7200));
        Article fresh = withPublished(Fixtures.article(portal, "Fresh", Fixtures.T0), Fixtures.T0.minusSeconds(60));
        Article undated = withPublished(Fixtures.article(portal, "Undated", Fixtures.T0), null);
        uow.run(r -> r.articles().saveAll(List.of(old, undated, fresh)));

        List<Article> latest = uow.readOnly(r -> r.articles().latestByPortal(portal, 2));

        assertThat(latest).extracting(Article::title).containsExactly("Fresh", "Old");
        assertThat(uow.<List<String>>readOnly(r -> r.articles().latestCanonicalUrls(portal, 3)))
                .containsExactly(fresh.canonicalUrl(), old.canonicalUrl(), undated.canonicalUrl());
        assertThat(uow.<Optional<Article>>readOnly(r -> r.articles().findByCanonicalUrl(portal, fresh.canonicalUrl())))
                .map(Article::title).contains("Fresh");
    }

    @Test
    void latestIngestRunAndItsFetchEventsAreFound() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        Instant far = Instant.parse("2099-01-01T00:00:00Z");
        IngestRun run = uow.execute(r -> r.ingestRuns().save(IngestRun.start(far)));
        uow.run(r -> r.ingestRuns().save(IngestRun.start(far.minusSeconds(60))));
        List<FetchEvent> events = uow.execute(r -> r.fetchEvents().saveAll(List.of(
                new FetchEvent(null, run.id(), portal, null, FetchTarget.FEED, "https://example.org/rss", 200, 10, 1,
                        FetchOutcome.OK, null, null, far.plusSeconds(1)),
                new FetchEvent(null, run.id(), portal, null, FetchTarget.ARTICLE, "https://example.org/x", null, 0, 1,
                        FetchOutcome.FAILED, io.newsaggregator.domain.model.FetchErrorClass.TIMEOUT, "timed out after 10 s", far.plusSeconds(2)))));

        assertThat(uow.<Optional<IngestRun>>readOnly(r -> r.ingestRuns().latest())).contains(run);
        assertThat(uow.<List<FetchEvent>>readOnly(r -> r.fetchEvents().findByRun(run.id()))).containsExactlyElementsOf(events);
    }

    private static Article withPublished(Article a, Instant publishedAt) {
        return new Article(null, a.portalId(), a.canonicalUrl(), a.url(), a.title(), a.authors(), publishedAt, a.modifiedAt(),
                a.section(), a.language(), a.lead(), a.bodyText(), a.imageUrl(), a.contentHash(), a.discoveredVia(),
                a.firstSeenAt(), a.lastSeenAt(), a.revision());
    }
}
