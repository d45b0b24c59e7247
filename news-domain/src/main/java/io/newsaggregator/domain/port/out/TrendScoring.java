package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.LocalDate;
import java.util.List;

/** Judges which terms rose on a day, each against its own recent baseline. Thread-safe. */
public interface TrendScoring {
    /**
     * Terms rising on {@code day} across all portals (counts summed over portals), strongest first.
     *
     * @param counts       daily counts covering at least {@code day - baselineDays .. day}
     * @param baselineDays how many days before {@code day} form the baseline
     */
    List<RisingTerm> rising(List<TermDayCount> counts, LocalDate day, int baselineDays, int limit);
}
