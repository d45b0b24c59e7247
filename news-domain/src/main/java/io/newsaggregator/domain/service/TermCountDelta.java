package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.analysis.WrittenForm;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily term counts and written forms a batch adds (and takes back), summed in memory per (basis, term,
 * portal, UTC day) and per (term, text) so the store gets one row per key in one call each.
 * Entries that cancel out are dropped.
 */
final class TermCountDelta {

    private record Key(TimeBasis basis, String term, PortalId portal, LocalDate day) {
    }

    private record Form(String term, String text) {
    }

    private final Map<Key, int[]> sums = new LinkedHashMap<>();
    private final Map<Form, long[]> forms = new LinkedHashMap<>();

    static LocalDate dayOf(Instant seenAt) {
        return LocalDate.ofInstant(seenAt, ZoneOffset.UTC);
    }

    /**
     * Adds one article's term counts and the forms it wrote them in ({@code sign} +1), or takes
     * them back ({@code sign} -1), on the article's day of each {@link TimeBasis}.
     */
    void add(AnalysisInput article, Map<String, Integer> termCounts, Map<String, String> writtenForms, int sign) {
        LocalDate published = dayOf(TimeBasis.PUBLISHED.timeOf(article.seenAt(), article.firstSeenAt()));
        LocalDate firstSeen = dayOf(TimeBasis.FIRST_SEEN.timeOf(article.seenAt(), article.firstSeenAt()));
        for (Map.Entry<String, Integer> entry : termCounts.entrySet()) {
            for (Key key : List.of(new Key(TimeBasis.PUBLISHED, entry.getKey(), article.portalId(), published),
                    new Key(TimeBasis.FIRST_SEEN, entry.getKey(), article.portalId(), firstSeen))) {
                int[] sum = sums.computeIfAbsent(key, k -> new int[2]);
                sum[0] += sign * entry.getValue();
                sum[1] += sign;
            }
            String text = writtenForms.get(entry.getKey());
            if (text != null) {
                forms.computeIfAbsent(new Form(entry.getKey(), text), k -> new long[1])[0] += sign * entry.getValue();
            }
        }
    }

    /** The counts on the days of {@code basis}. */
    List<TermDayCount> toList(TimeBasis basis) {
        List<TermDayCount> counts = new ArrayList<>(sums.size() / 2);
        sums.forEach((key, sum) -> {
            if (key.basis() == basis && (sum[0] != 0 || sum[1] != 0)) {
                counts.add(new TermDayCount(key.term(), key.portal(), key.day(), sum[0], sum[1]));
            }
        });
        return counts;
    }

    List<WrittenForm> writtenForms() {
        List<WrittenForm> list = new ArrayList<>(forms.size());
        forms.forEach((form, sum) -> {
            if (sum[0] != 0) {
                list.add(new WrittenForm(form.term(), form.text(), sum[0]));
            }
        });
        return list;
    }
}
