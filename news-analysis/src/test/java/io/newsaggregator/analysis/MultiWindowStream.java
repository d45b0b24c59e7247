package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible article stream over many clustering windows, for tests and benchmarks: short-lived
 * topics (each with its own terms) come and go, some topics return after more than a window,
 * a few articles bridge two live topics, and a few arrive late, some of them later than the window
 * (stragglers that open an already closed story).
 */
public final class MultiWindowStream {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int COMMON_TERMS = 300;
    private static final int TOPIC_TERMS = 8;
    private static final int PORTALS = 12;

    private MultiWindowStream() {
    }

    /** {@code count} articles spread evenly over {@code days}, in arrival order. */
    public static List<StoryInput> of(int count, int days, long seed) {
        Random random = new Random(seed);
        long span = Duration.ofDays(days).toMillis();
        List<Topic> topics = new ArrayList<>();
        List<StoryInput> documents = new ArrayList<>(count);
        Instant latest = START;
        for (int i = 0; i < count; i++) {
            Instant now = START.plusMillis(span * i / count);
            latest = now;
            topics.removeIf(t -> t.endsAt().isBefore(now));
            while (topics.size() < 25) {
                topics.add(newTopic(random, now));
            }
            Topic topic = topics.get(random.nextInt(topics.size()));
            List<String> title = pick(random, topic.terms(), 3);
            List<String> body = pick(random, topic.terms(), 6);
            if (random.nextDouble() < 0.04) {
                Topic other = topics.get(random.nextInt(topics.size()));
                title.addAll(pick(random, other.terms(), 2));
                body.addAll(pick(random, other.terms(), 5));
            }
            for (int c = 0; c < 6; c++) {
                body.add("common" + random.nextInt(COMMON_TERMS));
            }
            title.add("common" + random.nextInt(COMMON_TERMS));
            Instant publishedAt = latest;
            if (random.nextDouble() < 0.05) {
                publishedAt = latest.minus(Duration.ofHours(1 + random.nextInt(12 * 24)));
            }
            documents.add(new StoryInput(ArticleId.of(i + 1L), PortalId.of(1L + random.nextInt(PORTALS)), publishedAt,
                    "Article a" + i + " on " + topic.terms().get(0), title, body, List.of(topic.terms().get(0))));
        }
        return documents;
    }

    private static Topic newTopic(Random random, Instant now) {
        // A small pool of topic names makes some topics return weeks later under the same terms.
        int name = random.nextInt(400);
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < TOPIC_TERMS; t++) {
            terms.add("topic" + name + "term" + t);
        }
        return new Topic(terms, now.plus(Duration.ofHours(6 + random.nextInt(72))));
    }

    private static List<String> pick(Random random, List<String> terms, int count) {
        List<String> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(terms.get(random.nextInt(terms.size())));
        }
        return picked;
    }

    private record Topic(List<String> terms, Instant endsAt) {
    }
}
