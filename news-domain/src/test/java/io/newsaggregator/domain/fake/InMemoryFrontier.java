package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryField;
import io.newsaggregator.domain.model.FrontierEntryId;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.FrontierRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The frontier in memory, with the claim and lease rules of the JPA adapter. */
final class InMemoryFrontier extends InMemoryCrud<FrontierEntry, FrontierEntryId> implements FrontierRepository {
    InMemoryFrontier(InMemoryCrud<?, ?> portals, InMemoryCrud<?, ?> feeds, InMemoryCrud<?, ?> runs) {
        super("FrontierEntry", FrontierEntry::id, FrontierEntryId::value, FrontierEntryId::new, FrontierEntry::withId, fieldMap(
                FrontierEntryField.ID, (Function<FrontierEntry, Object>) FrontierEntry::id,
                FrontierEntryField.PORTAL_ID, (Function<FrontierEntry, Object>) FrontierEntry::portalId,
                FrontierEntryField.CANONICAL_URL, (Function<FrontierEntry, Object>) FrontierEntry::canonicalUrl,
                FrontierEntryField.STATUS, (Function<FrontierEntry, Object>) FrontierEntry::status,
                FrontierEntryField.ATTEMPTS, (Function<FrontierEntry, Object>) FrontierEntry::attempts,
                FrontierEntryField.LEASED_BY, (Function<FrontierEntry, Object>) FrontierEntry::leasedBy,
                FrontierEntryField.UPDATED_AT, (Function<FrontierEntry, Object>) FrontierEntry::updatedAt));
        references("frontier_portal_fk", e -> e.portalId().value(), portals, true);
        referencesOrNull("frontier_source_fk", e -> e.sourceId() == null ? null : e.sourceId().value(), feeds,
                e -> new FrontierEntry(e.id(), e.portalId(), null, e.canonicalUrl(), e.url(), e.title(), e.publishedAt(),
                        e.categories(), e.status(), e.attempts(), e.availableAt(), e.leasedBy(), e.leaseUntil(),
                        e.discoveredAt(), e.updatedAt(), e.lastError()));
        referencesOrNull("frontier_leased_by_fk", e -> e.leasedBy() == null ? null : e.leasedBy().value(), runs,
                e -> new FrontierEntry(e.id(), e.portalId(), e.sourceId(), e.canonicalUrl(), e.url(), e.title(),
                        e.publishedAt(), e.categories(), e.status(), e.attempts(), e.availableAt(), null, e.leaseUntil(),
                        e.discoveredAt(), e.updatedAt(), e.lastError()));
    }

    @Override
    public synchronized int enqueue(List<FrontierEntry> entries) {
        int pending = 0;
        for (FrontierEntry entry : entries) {
            Optional<FrontierEntry> known = all()
                    .filter(e -> e.portalId().equals(entry.portalId()) && e.canonicalUrl().equals(entry.canonicalUrl()))
                    .findFirst();
            if (known.isEmpty()) {
                save(entry);
                pending++;
            } else if (known.get().status() == FrontierStatus.DONE) {
                FrontierEntry again = new FrontierEntry(known.get().id(), entry.portalId(), entry.sourceId(), entry.canonicalUrl(),
                        entry.url(), entry.title(), entry.publishedAt(), entry.categories(), FrontierStatus.PENDING, 0,
                        entry.availableAt(), null, null, known.get().discoveredAt(), entry.updatedAt(), null);
                rows.put(again.id().value(), again);
                pending++;
            }
        }
        return pending;
    }

    @Override
    public synchronized List<FrontierEntry> claim(PortalId portalId, IngestRunId runId, Instant now, Duration lease, int limit,
                                                  int maxAttempts) {
        all().filter(e -> e.portalId().equals(portalId) && leaseEnded(e, now) && e.attempts() >= maxAttempts).toList()
                .forEach(e -> put(e.withState(FrontierStatus.FAILED, e.attempts(), e.availableAt(), null, null, now,
                        "lease ended " + e.attempts() + " times without the article being stored")));
        List<FrontierEntry> claimable = all()
                .filter(e -> e.portalId().equals(portalId)
                        && (e.status() == FrontierStatus.PENDING && !e.availableAt().isAfter(now) || leaseEnded(e, now)))
                .sorted(Comparator.comparing(FrontierEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(e -> e.id().value()))
                .limit(limit).toList();
        return claimable.stream().map(e -> put(e.withState(FrontierStatus.LEASED, e.attempts() + 1, e.availableAt(), runId,
                now.plus(lease), now, e.lastError()))).toList();
    }

    @Override
    public synchronized void complete(List<FrontierEntryId> ids, Instant now) {
        ids.forEach(id -> findById(id).ifPresent(e -> put(e.withState(FrontierStatus.DONE, e.attempts(), e.availableAt(),
                null, null, now, null))));
    }

    @Override
    public synchronized void retryLater(FrontierEntryId id, String reason, Instant retryAt, int maxAttempts, Instant now) {
        findById(id).ifPresent(e -> put(e.withState(e.attempts() >= maxAttempts ? FrontierStatus.FAILED : FrontierStatus.PENDING,
                e.attempts(), retryAt, null, null, now, reason)));
    }

    @Override
    public synchronized int release(IngestRunId runId, Instant now, int maxAttempts) {
        List<FrontierEntry> held = all().filter(e -> e.status() == FrontierStatus.LEASED && runId.equals(e.leasedBy())).toList();
        held.forEach(e -> put(e.attempts() >= maxAttempts
                ? e.withState(FrontierStatus.FAILED, e.attempts(), e.availableAt(), null, null, now,
                        "its run ended " + e.attempts() + " times before the article was stored")
                : e.withState(FrontierStatus.PENDING, e.attempts(), now, null, null, now, e.lastError())));
        return held.size();
    }

    private static boolean leaseEnded(FrontierEntry e, Instant now) {
        return e.status() == FrontierStatus.LEASED && !e.leaseUntil().isAfter(now);
    }

    private FrontierEntry put(FrontierEntry e) {
        rows.put(e.id().value(), e);
        return e;
    }
}
