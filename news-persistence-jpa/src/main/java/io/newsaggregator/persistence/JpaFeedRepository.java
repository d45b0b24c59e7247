package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedField;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.FeedRepository;
import io.newsaggregator.domain.query.Query;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/** Feeds, section pages and sitemaps over JPA. */
final class JpaFeedRepository extends JpaCrudRepository<Feed, FeedId, FeedEntity> implements FeedRepository {
    static final FieldWhitelist<Feed> FIELDS = FieldWhitelist.of(Feed.class)
            .id(FeedField.ID, "id", FeedId::value, FeedId::new)
            .id(FeedField.PORTAL_ID, "portalId", PortalId::value, PortalId::new)
            .plain(FeedField.KIND, "kind")
            .plain(FeedField.URL, "url")
            .plain(FeedField.CATEGORY_CODE, "categoryCode")
            .plain(FeedField.CONSECUTIVE_FAILURES, "consecutiveFailures")
            .plain(FeedField.LAST_FETCHED_AT, "lastFetchedAt")
            .plain(FeedField.QUARANTINED_UNTIL, "quarantinedUntil")
            .build();
    private static final AggregateMapping<Feed, FeedId, FeedEntity> MAPPING = new AggregateMapping<>(
            "Feed", FeedEntity.class, EntityMappers.FEED, FIELDS, Feed::id, FeedId::value);

    private final TableNames names;
    private final SlowStatementLog slowLog;

    JpaFeedRepository(Session session, TableNames names, SlowStatementLog slowLog) {
        super(session, MAPPING);
        this.names = names;
        this.slowLog = slowLog;
    }

    @Override
    public List<Feed> findByPortal(PortalId portalId) {
        Objects.requireNonNull(portalId, "portalId");
        return find(Query.of(Feed.class).where(FeedField.PORTAL_ID.eq(portalId)));
    }

    @Override
    public Optional<Feed> findByUrl(PortalId portalId, String url) {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(url, "url");
        return find(Query.of(Feed.class).where(FeedField.PORTAL_ID.eq(portalId).and(FeedField.URL.eq(url))).limit(1))
                .stream().findFirst();
    }

    @Override
    public Feed findOrCreate(Feed source) {
        Objects.requireNonNull(source, "source");
        Optional<Feed> existing = findByUrl(source.portalId(), source.url());
        if (existing.isPresent()) {
            return existing.get();
        }
        // ON CONFLICT: of workers registering the same source at once, the later ones wait and find the first's row
        String sql = "insert into " + names.feed() + " (id, portal_id, kind, url, category_code, link_selector, consecutive_failures)"
                + " values (?, ?, ?, ?, ?, ?, ?) on conflict (portal_id, url) do nothing";
        long id = call("creating Feed " + source.url(), () -> new SequenceIds(session, FeedEntity.class).next());
        new NativeStatements(session, names, slowLog).run("creating Feed " + source.url(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.setLong(2, source.portalId().value());
                ps.setString(3, source.kind().name());
                ps.setString(4, source.url());
                ps.setString(5, source.categoryCode());
                ps.setString(6, source.linkSelector());
                ps.setInt(7, source.consecutiveFailures());
                return slowLog.time(sql, ps::executeUpdate);
            }
        });
        return findByUrl(source.portalId(), source.url()).orElseThrow(() -> new IllegalStateException(
                "source " + source.url() + " vanished right after it was created"));
    }

    @Override
    public List<Feed> claimDue(PortalId portalId, Instant now) {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(now, "now");
        // rows another transaction holds are skipped, so two ingest processes never fetch one source at once
        String sql = "select * from " + names.feed()
                + " where portal_id = ?1 and (quarantined_until is null or quarantined_until <= ?2)"
                + " order by id for update skip locked";
        return call("claiming due feeds of portal " + portalId, () -> {
            long start = System.nanoTime();
            List<FeedEntity> claimed = session.createNativeQuery(sql, FeedEntity.class)
                    .setParameter(1, portalId.value())
                    .setParameter(2, now)
                    .getResultList();
            slowLog.record(sql, start);
            return claimed.stream().map(EntityMappers.FEED::toDomain).toList();
        });
    }
}
