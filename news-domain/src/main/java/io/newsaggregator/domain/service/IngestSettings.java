package io.newsaggregator.domain.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of an ingest run.
 *
 * @param portalParallelism  portals ingested at the same time (per-host politeness is the fetcher's)
 * @param articleParallelism article pages of one portal fetched at the same time
 * @param batchSize          articles stored per unit of work
 * @param refetchKnownAfter  a stored article seen again in a source is fetched again only when it
 *                           was last seen longer ago than this (to catch updates without
 *                           re-downloading everything on every run)
 * @param revisitWindow      stored articles first seen within this window are fetched again (when
 *                           due by {@code refetchKnownAfter}) even if no source lists them any more,
 *                           so that corrections are caught while a story is fresh
 * @param quarantineAfter    consecutive failures after which a source is skipped for a while
 * @param quarantineBase     first quarantine length, doubled per further failure
 * @param quarantineMax      longest quarantine
 * @param maxNestedSitemaps  sitemaps followed from one sitemap index
 */
public record IngestSettings(
        int portalParallelism,
        int articleParallelism,
        int batchSize,
        Duration refetchKnownAfter,
        Duration revisitWindow,
        int quarantineAfter,
        Duration quarantineBase,
        Duration quarantineMax,
        int maxNestedSitemaps) {

    public static final IngestSettings DEFAULTS =
            new IngestSettings(4, 2, 50, Duration.ofHours(6), Duration.ofDays(2), 3, Duration.ofMinutes(30), Duration.ofHours(24), 5);

    public IngestSettings {
        if (portalParallelism < 1 || articleParallelism < 1 || batchSize < 1 || quarantineAfter < 1 || maxNestedSitemaps < 0) {
            throw new IllegalArgumentException("portalParallelism, articleParallelism, batchSize and quarantineAfter must be >= 1, maxNestedSitemaps >= 0");
        }
        Objects.requireNonNull(refetchKnownAfter, "refetchKnownAfter");
        Objects.requireNonNull(revisitWindow, "revisitWindow");
        Objects.requireNonNull(quarantineBase, "quarantineBase");
        Objects.requireNonNull(quarantineMax, "quarantineMax");
    }

    public IngestSettings withRefetchKnownAfter(Duration value) {
        return new IngestSettings(portalParallelism, articleParallelism, batchSize, value, revisitWindow, quarantineAfter, quarantineBase,
                quarantineMax, maxNestedSitemaps);
    }

    public IngestSettings withArticleParallelism(int value) {
        return new IngestSettings(portalParallelism, value, batchSize, refetchKnownAfter, revisitWindow, quarantineAfter,
                quarantineBase, quarantineMax, maxNestedSitemaps);
    }

    public IngestSettings withPortalParallelism(int value) {
        return new IngestSettings(value, articleParallelism, batchSize, refetchKnownAfter, revisitWindow, quarantineAfter, quarantineBase,
                quarantineMax, maxNestedSitemaps);
    }
}
