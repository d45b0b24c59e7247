package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutable working form of one story. Its centroid is the sum of the members' unit TF-IDF
 * vectors. Sorted maps throughout: floating-point sums then run in the same order after a
 * restore, which keeps assignments reproducible. It counts members per portal without listing
 * them: the store that takes the assignments keeps membership. Portals are {@link PortalId}s here
 * and their decimal form in a {@link StoryRecord}.
 */
final class StoryCluster {

    private static final int LABEL_TERMS = 8;
    private static final Comparator<PortalId> BY_ID = Comparator.comparingLong(PortalId::value);

    private final long number;
    private final TreeMap<String, Double> centroid;
    /** Hash copy of {@link #centroid} for lookups; iteration always runs over the sorted map. */
    private final HashMap<String, Double> centroidLookup;
    private final TreeMap<PortalId, Integer> coverage = new TreeMap<>(BY_ID);
    private final Set<String> indexedTerms = new HashSet<>();
    private double centroidNorm;
    /** The weight of the strongest centroid term. */
    private double strongestWeight;
    private PortalId firstSeenPortal;
    private Instant firstSeenAt;
    private Instant lastSeenAt;
    private String representativeId;
    private String representativeTitle;
    private Map<String, Double> representativeTerms;

    private StoryCluster(long number, Map<String, Double> centroid,
                         Map<PortalId, Integer> coverage, PortalId firstSeenPortal, Instant firstSeenAt,
                         Instant lastSeenAt, String representativeId, String representativeTitle,
                         Map<String, Double> representativeTerms) {
        this.number = number;
        this.centroid = new TreeMap<>(centroid);
        this.centroidLookup = new HashMap<>(centroid);
        measureCentroid();
        this.coverage.putAll(coverage);
        this.firstSeenPortal = firstSeenPortal;
        this.firstSeenAt = firstSeenAt;
        this.lastSeenAt = lastSeenAt;
        this.representativeId = representativeId;
        this.representativeTitle = representativeTitle;
        this.representativeTerms = new TreeMap<>(representativeTerms);
    }

    /** Opens a story with one article and its unit TF-IDF vector. */
    static StoryCluster open(long number, StoryInput article, Map<String, Double> vector) {
        return new StoryCluster(number, vector, Map.of(article.portalId(), 1), article.portalId(),
                article.seenAt(), article.seenAt(), article.articleId().toString(), title(article), vector);
    }

    /** A story from a saved state. */
    static StoryCluster fromRecord(StoryRecord record) {
        Map<PortalId, Integer> coverage = new TreeMap<>(BY_ID);
        record.coverage().forEach((portal, count) -> coverage.put(portalId(portal), count));
        return new StoryCluster(parseNumber(record.id()), record.centroid(), coverage,
                portalId(record.firstSeenPortal()), record.firstSeenAt(), record.lastSeenAt(),
                record.representativeId(), record.representativeTitle(), record.representativeTerms());
    }

    private static String title(StoryInput article) {
        return article.title() == null ? "" : article.title();
    }

    private static PortalId portalId(String key) {
        try {
            return PortalId.of(Long.parseLong(key));
        } catch (IllegalArgumentException e) {
            throw new MalformedContentException("story clusterer state",
                    "story clusterer state: portal '" + key + "' is not a portal id", e);
        }
    }

    static String idOf(long number) {
        return "s" + number;
    }

    static long parseNumber(String id) {
        if (id.length() < 2 || id.charAt(0) != 's') {
            throw new IllegalArgumentException("story id must look like s<number>: " + id);
        }
        try {
            return Long.parseLong(id.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("story id must look like s<number>: " + id, e);
        }
    }

    long number() {
        return number;
    }

    String id() {
        return idOf(number);
    }

    Instant firstSeenAt() {
        return firstSeenAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    Map<String, Double> centroid() {
        return centroid;
    }

    boolean hasTerm(String term) {
        return centroidLookup.containsKey(term);
    }

    /** Terms under which the open-story index currently lists this story (owned by the index). */
    Set<String> indexedTerms() {
        return indexedTerms;
    }

    /** Cosine between a unit vector and the centroid. */
    double similarity(Map<String, Double> unitVector) {
        return centroidNorm == 0 ? 0 : TermVector.dot(unitVector, centroidLookup) / centroidNorm;
    }

    double similarity(StoryCluster other) {
        double norms = centroidNorm * other.centroidNorm;
        if (norms == 0) {
            return 0;
        }
        return centroid.size() <= other.centroid.size()
                ? TermVector.dot(centroid, other.centroidLookup) / norms
                : TermVector.dot(other.centroid, centroidLookup) / norms;
    }

    /** Adds a member with its unit TF-IDF vector; returns true when the centroid was pruned. */
    boolean add(StoryInput article, Map<String, Double> vector, int maxTerms) {
        vector.forEach(this::addWeight);
        boolean pruned = centroidChanged(maxTerms);
        coverage.merge(article.portalId(), 1, Integer::sum);
        extendTimes(article.portalId(), article.seenAt(), article.seenAt());
        considerRepresentative(article.articleId().toString(), title(article), vector);
        return pruned;
    }

    /** Takes over all members of another story; returns true when the centroid was pruned. */
    boolean absorb(StoryCluster other, int maxTerms) {
        other.centroid.forEach(this::addWeight);
        boolean pruned = centroidChanged(maxTerms);
        other.coverage.forEach((portal, count) -> coverage.merge(portal, count, Integer::sum));
        extendTimes(other.firstSeenPortal, other.firstSeenAt, other.lastSeenAt);
        considerRepresentative(other.representativeId, other.representativeTitle, other.representativeTerms);
        return pruned;
    }

    private void addWeight(String term, double weight) {
        Double sum = centroid.merge(term, weight, Double::sum);
        centroidLookup.put(term, sum);
    }

    private void extendTimes(PortalId portal, Instant first, Instant last) {
        if (first.isBefore(firstSeenAt)) {
            firstSeenAt = first;
            firstSeenPortal = portal;
        }
        if (last.isAfter(lastSeenAt)) {
            lastSeenAt = last;
        }
    }

    /**
     * Keeps the representative as the member closest to the centroid, judged each time a member
     * joins (older members are not re-examined, which keeps the cost per article constant).
     * Member vectors have unit length, so the dot product ranks them like the cosine does.
     */
    private void considerRepresentative(String id, String title, Map<String, Double> unitVector) {
        double current = TermVector.dot(representativeTerms, centroidLookup);
        double candidate = TermVector.dot(unitVector, centroidLookup);
        if (candidate > current) {
            representativeId = id;
            representativeTitle = title;
            representativeTerms = new TreeMap<>(unitVector);
        }
    }

    /**
     * Cuts the centroid back to its {@code maxTerms} strongest terms once it holds twice as many,
     * so the sort is paid once per many additions rather than on every one.
     */
    private boolean centroidChanged(int maxTerms) {
        boolean pruned = false;
        if (centroid.size() > 2 * maxTerms) {
            List<Map.Entry<String, Double>> entries = new ArrayList<>(centroid.entrySet());
            entries.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Double> dropped : entries.subList(maxTerms, entries.size())) {
                centroid.remove(dropped.getKey());
                centroidLookup.remove(dropped.getKey());
            }
            pruned = true;
        }
        measureCentroid();
        return pruned;
    }

    private void measureCentroid() {
        double sumOfSquares = 0;
        double strongest = 0;
        for (double weight : centroid.values()) {
            sumOfSquares += weight * weight;
            strongest = Math.max(strongest, weight);
        }
        centroidNorm = Math.sqrt(sumOfSquares);
        strongestWeight = strongest;
    }

    /** Whether this story's centroid weighs the term at least {@code share} of its strongest term. */
    boolean isCharacteristic(String term, double share) {
        Double weight = centroidLookup.get(term);
        return weight != null && weight >= share * strongestWeight;
    }

    /** How many of the terms are characteristic of this story, counting up to {@code limit}. */
    int characteristicTerms(Iterable<String> terms, double share, int limit) {
        int count = 0;
        for (String term : terms) {
            if (count >= limit) {
                break;
            }
            if (isCharacteristic(term, share)) {
                count++;
            }
        }
        return count;
    }

    /** How many terms are characteristic of both stories, counting up to {@code limit}. */
    int sharedCharacteristicTerms(StoryCluster other, double share, int limit) {
        StoryCluster smaller = centroid.size() <= other.centroid.size() ? this : other;
        StoryCluster larger = smaller == this ? other : this;
        int count = 0;
        for (String term : smaller.centroid.keySet()) {
            if (count >= limit) {
                break;
            }
            if (smaller.isCharacteristic(term, share) && larger.isCharacteristic(term, share)) {
                count++;
            }
        }
        return count;
    }

    List<String> topTerms(int limit) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(centroid.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Double> entry : entries.subList(0, Math.min(limit, entries.size()))) {
            terms.add(entry.getKey());
        }
        return terms;
    }

    /** The story as it now stands, labelled with its representative's title and its strongest terms. */
    Story toStory() {
        return new Story(id(), representativeTitle, topTerms(LABEL_TERMS), firstSeenPortal, firstSeenAt,
                lastSeenAt, StoryRecord.memberCount(coverage), coverage);
    }

    StoryRecord toRecord() {
        Map<String, Integer> portals = new TreeMap<>();
        coverage.forEach((portal, count) -> portals.put(portal.toString(), count));
        return new StoryRecord(id(), centroid, firstSeenPortal.toString(), firstSeenAt, lastSeenAt, portals,
                representativeId, representativeTitle, representativeTerms);
    }
}
