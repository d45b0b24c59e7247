package io.newsaggregator.domain.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * What one analyse run did.
 *
 * @param articles          articles analysed (new and revised)
 * @param revised           of these, articles analysed before at an older revision
 * @param takenBack         revised articles whose old contribution to the corpus counts was taken back
 * @param oldCountsKept     revised articles whose old counts stay: their previously analysed text
 *                          is no longer stored, or another analyser version counted it
 * @param failed            articles the analyser failed on: stored as analysed with nothing found, and
 *                          not offered again until they change (the log says why)
 * @param storiesOpened     articles that opened a new story
 * @param storiesMerged     stories absorbed into others
 * @param batches           units of work committed
 * @param elapsed           wall time of the run
 * @param analysing         time spent in the text analyser (including re-reading old revisions)
 * @param clustering        time spent in the story clusterer, including saving its state
 */
public record AnalyseReport(long articles, long revised, long takenBack, long oldCountsKept, long failed, long storiesOpened,
                            long storiesMerged, int batches, Duration elapsed, Duration analysing,
                            Duration clustering) {
    public AnalyseReport {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(analysing, "analysing");
        Objects.requireNonNull(clustering, "clustering");
    }

    /** Articles per second of wall time; 0 for an empty run. */
    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? articles / seconds : 0;
    }
}
