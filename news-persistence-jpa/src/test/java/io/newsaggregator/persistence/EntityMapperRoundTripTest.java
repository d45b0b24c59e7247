package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.ArticleRevisionId;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMapperRoundTripTest {
    private static final Instant AT = Instant.parse("2026-02-03T04:05:06.123456Z");

    private static <T, E> T roundTrip(EntityMapper<T, E> mapper, T aggregate) {
        return mapper.toDomain(mapper.toEntity(aggregate));
    }

    @Test
    void portalRoundTrips() {
        Portal portal = new Portal(PortalId.of(3), "bbc", "BBC News", "https://www.bbc.com/news", "en");
        assertThat(roundTrip(EntityMappers.PORTAL, portal)).isEqualTo(portal);
        Portal fresh = Portal.create("x", "X", "https://x.example/", null);
        assertThat(roundTrip(EntityMappers.PORTAL, fresh)).isEqualTo(fresh);
    }

    @Test
    void categoryRoundTrips() {
        Category category = new Category(CategoryId.of(9), PortalId.of(3), "world", "World");
        assertThat(roundTrip(EntityMappers.CATEGORY, category)).isEqualTo(category);
    }

    @Test
    void feedRoundTripsWithAndWithoutOptionalState() {
        Feed fresh = Feed.create(PortalId.of(3), FeedKind.SECTION, "https://x.example/world", "world", "a.headline");
        Feed failed = fresh.withId(FeedId.of(5)).succeeded(AT, "\"etag\"", "Tue, 03 Feb 2026 04:05:06 GMT", "abc")
                .failed(AT, "HTTP 503", 1, Duration.ofMinutes(5), Duration.ofHours(1));
        assertThat(roundTrip(EntityMappers.FEED, fresh)).isEqualTo(fresh);
        assertThat(roundTrip(EntityMappers.FEED, failed)).isEqualTo(failed);
    }

    @Test
    void articleRoundTripsIncludingAuthorsAndNulls() {
        Article full = new Article(ArticleId.of(11), PortalId.of(3), "https://x.example/a", "https://x.example/a?x=1",
                "Title", List.of("One", "Two"), AT, AT.plusSeconds(5), "world", "en", "Lead", "Body",
                "https://x.example/i.jpg", "hash", FeedId.of(5), AT, AT.plusSeconds(60), 3);
        Article sparse = new Article(null, PortalId.of(3), "https://x.example/b", "https://x.example/b", null, List.of(),
                null, null, null, null, null, null, null, "hash", null, AT, AT, 1);
        assertThat(roundTrip(EntityMappers.ARTICLE, full)).isEqualTo(full);
        assertThat(roundTrip(EntityMappers.ARTICLE, sparse)).isEqualTo(sparse);
    }

    @Test
    void revisionRoundTrips() {
        ArticleRevision revision = new ArticleRevision(ArticleRevisionId.of(2), ArticleId.of(11), 1, "T", null, "B", "h", AT);
        assertThat(roundTrip(EntityMappers.ARTICLE_REVISION, revision)).isEqualTo(revision);
    }

    @Test
    void ingestRunRoundTripsWithEveryCount() {
        IngestRun run = new IngestRun(IngestRunId.of(4), AT, AT.plusSeconds(90), IngestRunStatus.COMPLETED,
                new IngestCounts(1, 2, 3, 4, 5, 6, 7, 8, 9), "done", AT.plusSeconds(60), 77);
        assertThat(roundTrip(EntityMappers.INGEST_RUN, run)).isEqualTo(run);
        assertThat(roundTrip(EntityMappers.INGEST_RUN, IngestRun.start(AT))).isEqualTo(IngestRun.start(AT));
    }

    @Test
    void fetchEventRoundTrips() {
        FetchEvent event = new FetchEvent(FetchEventId.of(8), IngestRunId.of(4), PortalId.of(3), FeedId.of(5),
                FetchTarget.SITEMAP, "https://x.example/sitemap.xml", 304, 0, 12, FetchOutcome.NOT_MODIFIED, null, null, AT);
        FetchEvent failed = new FetchEvent(null, null, PortalId.of(3), null, FetchTarget.ARTICLE, "https://x.example/a",
                null, 0, 10_000, FetchOutcome.FAILED, io.newsaggregator.domain.model.FetchErrorClass.TIMEOUT, "timed out", AT);
        assertThat(roundTrip(EntityMappers.FETCH_EVENT, event)).isEqualTo(event);
        assertThat(roundTrip(EntityMappers.FETCH_EVENT, failed)).isEqualTo(failed);
    }
}
