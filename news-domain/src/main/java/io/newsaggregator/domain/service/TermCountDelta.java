package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily term counts a batch adds (and takes back), summed per (term, portal, UTC day) so the store
 * gets one row per key. Entries that cancel out are dropped.
 */
final class TermCountDelta {

    private record Key(String term, PortalId portal, LocalDate day) {
    }

    private final Map<Key, int[]> sums = new LinkedHashMap<>();

    static LocalDate dayOf(Instant seenAt) {
        return LocalDate.ofInstant(seenAt, ZoneOffset.UTC);
    }

    /** Adds one article's term counts ({@code sign} +1), or takes them back ({@code sign} -1). */
    void add(PortalId portal, Instant seenAt, Map<String, Integer> termCounts, int sign) {
        LocalDate day = dayOf(seenAt);
        for (Map.Entry<String, Integer> entry : termCounts.entrySet()) {
            int[] sum = sums.computeIfAbsent(new Key(entry.getKey(), portal, day), k -> new int[2]);
            sum[0] += sign * entry.getValue();
            sum[1] += sign;
        }
    }

    List<TermDayCount> toList() {
        List<TermDayCount> counts = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            if (sum[0] != 0 || sum[1] != 0) {
                counts.add(new TermDayCount(key.term(), key.portal(), key.day(), sum[0], sum[1]));
            }
        });
        return counts;
    }
}
