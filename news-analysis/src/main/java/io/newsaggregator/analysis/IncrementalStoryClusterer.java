package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.port.out.StoryClusterer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups articles that report the same event into stories, one article at a time.
 *
 * <p>Each article is scored only against candidate stories found through an inverted index over
 * the centroid terms of the stories still open (latest member within the time window); there is
 * no all-pairs comparison, so the cost per article is bounded and the whole run near-linear. The
 * score is the TF-IDF cosine between the article and the story centroid (the sum of its members'
 * unit TF-IDF vectors, each weighted with the incremental document frequencies of its arrival), plus
 * a small bonus per shared rare term, times an exponential time decay over the gap since the story's
 * latest member (half-life 12 hours by default: a story that has gone quiet for a day needs a much
 * closer match, which keeps one day's market report out of the next day's). Optionally a candidate
 * must also share {@link StoryClustererSettings#minSharedTerms()} of the story's characteristic
 * terms. The best candidate at or above the threshold wins; otherwise the article opens a new
 * story. When the article also matches another candidate and the two centroids have converged (and
 * share enough characteristic terms), the stories merge into the older one. The merge test decays
 * too, over the gap between the two stories' first members: two stories that began a day apart
 * (yesterday's market close and today's) need far closer centroids to merge than two that began
 * the same hour, however many common words the article that bridges them shares with both. The defaults were
 * chosen by cross-validation over whole held-out stories
 * ({@code bench.story.StoryCrossValidationBenchmark}).
 *
 * <p>A story closes when its latest member falls more than the window behind the latest
 * publication time seen; nothing can join or merge into it afterwards. Closed stories are dropped,
 * so memory and the exported state hold only the open stories however long the run, and stories
 * count their members per portal without listing them, so a story open for weeks costs no more
 * than one open for hours (the caller keeps membership from the assignments; callers that want to
 * list every story of a run set {@link StoryClustererSettings#keepClosedStories()}). Neither changes
 * an assignment: only open stories are ever candidates or merge partners.
 *
 * <p>Deterministic for a given input order and settings. Not thread-safe: feed it from one
 * thread. The state can be taken with {@link #state()} (or as bytes, {@link #exportState()}) and
 * continued with {@link #restore(StoryClustererState, StoryClustererSettings)}.
 */
final class IncrementalStoryClusterer implements StoryClusterer {

    private static final Logger log = LoggerFactory.getLogger(IncrementalStoryClusterer.class);
    private static final double LN2 = Math.log(2);

    private final StoryClustererSettings settings;
    private final TermStatistics statistics;
    /** The open stories, in order of creation. */
    private final Map<Long, StoryCluster> stories = new LinkedHashMap<>();
    private final OpenStoryIndex index = new OpenStoryIndex();
    /** Finished closed stories, filled only when the settings keep closed stories. */
    private final TreeMap<Long, Story> closedStories = new TreeMap<>();
    /**
     * The story a straggler (older than the window) opened: closed from the start, but still
     * described by {@link #story(String)} until the next article, as callers look up the story
     * an assignment names right after {@link #add(StoryInput)}.
     */
    private StoryCluster closedAtOnce;
    private long nextStoryNumber;
    private Instant watermark;

    public IncrementalStoryClusterer(StoryClustererSettings settings) {
        this(settings, new TermStatistics(), 1, null);
    }

    private IncrementalStoryClusterer(StoryClustererSettings settings, TermStatistics statistics,
                                      long nextStoryNumber, Instant watermark) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.statistics = statistics;
        this.nextStoryNumber = nextStoryNumber;
        this.watermark = watermark;
    }

    /**
     * Continues from an exported state; pass the settings the state was produced with (only
     * {@code keepClosedStories} may differ). Closed stories in the state (states written before
     * closed stories were dropped hold them) are dropped here, or kept as finished stories.
     */
    public static IncrementalStoryClusterer restore(StoryClustererState state,
                                                    StoryClustererSettings settings) {
        Objects.requireNonNull(state, "state");
        IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(settings,
                new TermStatistics(state.documentCount(), state.documentFrequencies()),
                state.nextStoryNumber(), state.watermark());
        Instant cutoff = clusterer.cutoff();
        Set<Long> numbers = new HashSet<>();
        for (StoryRecord record : state.stories()) {
            StoryCluster story = StoryCluster.fromRecord(record);
            if (story.number() >= state.nextStoryNumber()) {
                throw new IllegalArgumentException("state.stories contains " + record.id()
                        + " but nextStoryNumber is " + state.nextStoryNumber());
            }
            if (!numbers.add(story.number())) {
                throw new IllegalArgumentException("state.stories contains " + record.id() + " twice");
            }
            if (cutoff == null || !story.lastSeenAt().isBefore(cutoff)) {
                clusterer.stories.put(story.number(), story);
                clusterer.index.add(story);
            } else {
                clusterer.retire(story);
            }
        }
        return clusterer;
    }

    /**
     * Continues from a state saved with {@link #exportState()}, as
     * {@link #restore(StoryClustererState, StoryClustererSettings)} does.
     */
    public static IncrementalStoryClusterer restore(byte[] state, StoryClustererSettings settings) {
        return restore(StoryStateCodec.decode(state), settings);
    }

    /**
     * Assigns one article to an existing story or opens a new one, and returns that story as it
     * now stands. Article ids must be unique.
     */
    @Override
    public StoryAssignment add(StoryInput article) {
        Objects.requireNonNull(article, "article");
        if (closedAtOnce != null) {
            retire(closedAtOnce);
            closedAtOnce = null;
        }
        if (watermark == null || article.seenAt().isAfter(watermark)) {
            watermark = article.seenAt();
            index.closeBefore(cutoff()).forEach(this::retire);
        }
        Map<String, Double> termWeights = TermVector.of(article, settings);
        statistics.addDocument(termWeights.keySet());
        Map<String, Double> vector = TermVector.weighted(termWeights, statistics);

        List<ScoredStory> matches = scoreCandidates(article, vector);
        if (matches.isEmpty() || matches.get(0).score() < settings.threshold()) {
            StoryCluster story = StoryCluster.open(nextStoryNumber++, article, vector);
            if (article.seenAt().isBefore(cutoff())) {
                closedAtOnce = story; // a straggler older than the window opens a story that is closed at once
            } else {
                stories.put(story.number(), story);
                index.add(story);
            }
            return new StoryAssignment(story.toStory(), List.of());
        }
        ScoredStory best = matches.get(0);
        index.beforeUpdate(best.story());
        boolean pruned = best.story().add(article, vector, settings.centroidTerms());
        index.afterUpdate(best.story(), vector.keySet(), pruned);
        StoryCluster survivor = best.story();
        List<String> absorbed = new ArrayList<>();
        for (ScoredStory other : matches.subList(1, matches.size())) {
            if (other.score() < settings.threshold()) {
                break;
            }
            survivor = mergeIfConverged(survivor, other.story(), absorbed);
        }
        return new StoryAssignment(survivor.toStory(), absorbed);
    }

    private StoryCluster mergeIfConverged(StoryCluster joined, StoryCluster other, List<String> absorbed) {
        double cosine = joined.similarity(other);
        if (settings.decayMerges()) {
            cosine *= decay(Duration.between(joined.firstSeenAt(), other.firstSeenAt()).abs());
        }
        if (cosine < settings.mergeThreshold() || joined.sharedCharacteristicTerms(other,
                settings.characteristicShare(), settings.minSharedTerms()) < settings.minSharedTerms()) {
            return joined;
        }
        StoryCluster older = joined.number() < other.number() ? joined : other;
        StoryCluster newer = older == joined ? other : joined;
        index.remove(newer);
        index.beforeUpdate(older);
        boolean pruned = older.absorb(newer, settings.centroidTerms());
        index.afterUpdate(older, newer.centroid().keySet(), pruned);
        stories.remove(newer.number());
        absorbed.add(newer.id());
        log.trace("Merged story {} into {} (centroid cosine {})", newer.id(), older.id(), cosine);
        return older;
    }

    private List<ScoredStory> scoreCandidates(StoryInput article, Map<String, Double> vector) {
        Map<StoryCluster, Double> overlap = new HashMap<>();
        for (Map.Entry<String, Double> entry : vector.entrySet()) {
            var postings = index.postings(entry.getKey());
            if (postings.isEmpty() || postings.size() > settings.maxPostings()) {
                continue;
            }
            double weight = entry.getValue();
            for (StoryCluster story : postings) {
                overlap.merge(story, weight, Double::sum);
            }
        }
        List<Map.Entry<StoryCluster, Double>> ranked = new ArrayList<>(overlap.entrySet());
        ranked.sort(Map.Entry.<StoryCluster, Double>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().number()));
        List<ScoredStory> scored = new ArrayList<>();
        for (var candidate : ranked.subList(0, Math.min(settings.maxCandidates(), ranked.size()))) {
            StoryCluster story = candidate.getKey();
            Duration gap = Duration.between(story.lastSeenAt(), article.seenAt()).abs();
            if (gap.compareTo(settings.window()) > 0) {
                continue;
            }
            if (sharesEnough(vector, story)) {
                scored.add(new ScoredStory(story, score(vector, story, gap)));
            }
        }
        scored.sort(Comparator.comparingDouble(ScoredStory::score).reversed()
                .thenComparingLong(s -> s.story().number()));
        return scored;
    }

    /**
     * The join test: the article must share enough of the story's characteristic terms. It sees
     * only terms that already passed the analyser's stopwords, so it is about common news words.
     */
    private boolean sharesEnough(Map<String, Double> vector, StoryCluster story) {
        int needed = settings.minSharedTerms();
        return needed <= 1 || story.characteristicTerms(vector.keySet(), settings.characteristicShare(), needed) >= needed;
    }

    private double score(Map<String, Double> vector, StoryCluster story, Duration gap) {
        double cosine = story.similarity(vector);
        double rareLimit = settings.rareTermMaxDocumentFrequency() * statistics.documentCount();
        int rareShared = 0;
        for (String term : vector.keySet()) {
            if (rareShared >= settings.maxRareBonusTerms()) {
                break;
            }
            if (story.hasTerm(term) && statistics.documentFrequency(term) <= Math.max(2, rareLimit)) {
                rareShared++;
            }
        }
        return (cosine + rareShared * settings.rareTermBonus()) * decay(gap);
    }

    private double decay(Duration gap) {
        return Math.exp(-LN2 * gap.toMillis() / (double) settings.decayHalfLife().toMillis());
    }

    /** Forgets a closed story, or keeps it as a finished story when the settings ask for that. */
    private void retire(StoryCluster story) {
        stories.remove(story.number());
        if (settings.keepClosedStories()) {
            closedStories.put(story.number(), story.toStory());
        }
    }

    private Instant cutoff() {
        return watermark == null ? null : watermark.minus(settings.window());
    }

    /**
     * The stories held, in order of creation: the open ones and, until the next article, the story
     * the latest article opened if it was closed at once (a straggler). With
     * {@link StoryClustererSettings#keepClosedStories()} also every story that closed since this
     * clusterer was created or restored, so a run from an empty state lists all its stories.
     */
    public List<Story> stories() {
        TreeMap<Long, Story> all = new TreeMap<>(closedStories);
        for (StoryCluster story : stories.values()) {
            all.put(story.number(), story.toStory());
        }
        if (closedAtOnce != null) {
            all.put(closedAtOnce.number(), closedAtOnce.toStory());
        }
        return new ArrayList<>(all.values());
    }

    /**
     * The story with this id if {@link #stories()} lists it; always the story the latest
     * assignment names. Absorbed stories no longer exist.
     */
    public Optional<Story> story(String storyKey) {
        Objects.requireNonNull(storyKey, "storyKey");
        long number;
        try {
            number = StoryCluster.parseNumber(storyKey);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        StoryCluster open = stories.get(number);
        if (open != null) {
            return Optional.of(open.toStory());
        }
        if (closedAtOnce != null && closedAtOnce.number() == number) {
            return Optional.of(closedAtOnce.toStory());
        }
        return Optional.ofNullable(closedStories.get(number));
    }

    /** Number of stories still open for new members. */
    public int openStories() {
        return index.openStories();
    }

    /**
     * The state as plain values, for persistence: term statistics, counters and the open stories,
     * all that later assignments depend on. Closed stories and member ids are not in it, so its
     * stories are those of one window and each costs the same however many members it has; the
     * document frequencies still grow with the vocabulary seen.
     */
    public StoryClustererState state() {
        List<StoryRecord> records = new ArrayList<>(stories.size());
        for (StoryCluster story : stories.values()) {
            records.add(story.toRecord());
        }
        return new StoryClustererState(statistics.documentCount(), nextStoryNumber, watermark,
                statistics.snapshot(), records);
    }

    /** {@link #state()} as bytes, read back by {@link #restore(byte[], StoryClustererSettings)}. */
    @Override
    public byte[] exportState() {
        return StoryStateCodec.encode(state());
    }

    private record ScoredStory(StoryCluster story, double score) {
    }
}
