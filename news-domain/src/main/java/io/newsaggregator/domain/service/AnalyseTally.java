package io.newsaggregator.domain.service;

import io.newsaggregator.domain.port.in.AnalyseReport;
import java.time.Duration;

/** Counts and timings of one analyse run as it goes; one thread. */
final class AnalyseTally {
    private long articles;
    private long revised;
    private long takenBack;
    private long oldCountsKept;
    private long failed;
    private long storiesOpened;
    private long storiesMerged;
    private int batches;
    private long analysingNanos;
    private long clusteringNanos;

    void batch(int size) {
        batches++;
        articles += size;
    }

    void revised() {
        revised++;
    }

    void takenBack() {
        takenBack++;
    }

    void oldCountsKept() {
        oldCountsKept++;
    }

    void failed() {
        failed++;
    }

    void stories(int opened, int merged) {
        storiesOpened += opened;
        storiesMerged += merged;
    }

    void analysing(long nanos) {
        analysingNanos += nanos;
    }

    void clustering(long nanos) {
        clusteringNanos += nanos;
    }

    AnalyseReport report(Duration elapsed) {
        return new AnalyseReport(articles, revised, takenBack, oldCountsKept, failed, storiesOpened, storiesMerged, batches,
                elapsed, Duration.ofNanos(analysingNanos), Duration.ofNanos(clusteringNanos));
    }
}
