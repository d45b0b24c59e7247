package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds terms rising on one day, each judged against its own recent baseline.
 *
 * <p>The score is a smoothed z-score of the day's document frequency {@code x} against the mean
 * {@code m} and variance {@code v} of the previous {@code baselineDays} (missing days count as
 * zero): {@code (x - m) / sqrt(v + m + smoothing)}. The {@code m} term is the Poisson variance, so
 * a flat baseline still expects some noise; {@code smoothing} keeps a term never seen before from
 * exploding (one article gives a score of at most {@code 1/sqrt(smoothing)}). Terms below
 * {@code minSupport} articles on the day are not reported at all.
 */
final class TrendScorer implements TrendScoring {

    private final int minSupport;
    private final double smoothing;

    /**
     * @param minSupport least number of articles on the scored day for a term to be reported
     * @param smoothing  additive variance smoothing, &gt; 0
     */
    public TrendScorer(int minSupport, double smoothing) {
        if (minSupport < 1) {
            throw new IllegalArgumentException("minSupport must be >= 1: " + minSupport);
        }
        if (!(smoothing > 0)) {
            throw new IllegalArgumentException("smoothing must be > 0: " + smoothing);
        }
        this.minSupport = minSupport;
        this.smoothing = smoothing;
    }

    /** At least 2 articles on the day, smoothing 1. */
    public static TrendScorer defaults() {
        return new TrendScorer(2, 1.0);
    }

    /**
     * Rising terms across the portals of the counts (summed over portals), strongest first. Rows
     * with nothing counted (a taken-back revision can leave them) are skipped.
     */
    @Override
    public List<RisingTerm> rising(List<TermDayCount> counts, LocalDate day, int baselineDays, int limit) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(day, "day");
        if (baselineDays < 1) {
            throw new IllegalArgumentException("baselineDays must be >= 1: " + baselineDays);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        return score(perTerm(counts, day, baselineDays), baselineDays, limit);
    }

    private static Map<String, int[]> perTerm(List<TermDayCount> counts, LocalDate day, int baselineDays) {
        LocalDate first = day.minusDays(baselineDays);
        Map<String, int[]> series = new HashMap<>();
        for (TermDayCount count : counts) {
            if (count.docCount() <= 0 || count.day().isBefore(first) || count.day().isAfter(day)) {
                continue;
            }
            int index = (int) ChronoUnit.DAYS.between(first, count.day());
            series.computeIfAbsent(count.term(), t -> new int[baselineDays + 1])[index] += count.docCount();
        }
        return series;
    }

    private List<RisingTerm> score(Map<String, int[]> series, int baselineDays, int limit) {
        List<RisingTerm> rising = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : series.entrySet()) {
            int[] days = entry.getValue();
            int today = days[baselineDays];
            if (today < minSupport) {
                continue;
            }
            double mean = 0;
            for (int i = 0; i < baselineDays; i++) {
                mean += days[i];
            }
            mean /= baselineDays;
            double variance = 0;
            for (int i = 0; i < baselineDays; i++) {
                variance += (days[i] - mean) * (days[i] - mean);
            }
            variance /= baselineDays;
            double score = (today - mean) / Math.sqrt(variance + mean + smoothing);
            if (score > 0) {
                rising.add(RisingTerm.acrossPortals(entry.getKey(), today, mean, score));
            }
        }
        rising.sort(Comparator.comparingDouble(RisingTerm::score).reversed().thenComparing(RisingTerm::term));
        return rising.size() > limit ? new ArrayList<>(rising.subList(0, limit)) : rising;
    }
}
