package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.analysis.AnalysisAdapters;
import io.newsaggregator.app.bench.AnalysisTablesDigest;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.service.AnalyseService;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL with the real analyser: analysing in batches, which read the corpus counts once
 * and write their net change at the end, stores exactly what analysing one article per batch
 * stores (every count written before the next article is scored). Revised articles are compared on
 * the in-memory store ({@code AnalyseBatchingTest}): with the real analyser, taking back a revised
 * article's daily term counts can fail today, batched or not, because its multi-word key phrases
 * are ranked again against the grown corpus.
 */
class BatchedAnalyseIT {
    private static final Instant T0 = Instant.parse("2026-09-14T05:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-16T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> TEAMS = List.of("Rovers", "United", "Athletic", "Wanderers", "City", "Albion",
            "Rangers", "Harriers", "Town", "Villa");
    private static final List<String> TOPICS = List.of("wage talks", "stadium plans", "ticket prices", "new coach",
            "youth academy", "transfer ban", "pitch repairs", "fan protest", "sponsor deal", "cup draw");
    private static final int PORTALS = 3;

    @Test
    void batchesStoreWhatOneArticleAtATimeStores() throws Exception {
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema batched = db.freshSchema("");
        TestDatabase.Schema single = db.freshSchema("");
        try (JpaPersistence inBatches = JpaPersistence.start(batched.settings());
             JpaPersistence oneByOne = JpaPersistence.start(single.settings())) {
            AnalysisAdapters adapters = AnalysisAdapters.defaults();
            List<PortalId> portals = portals(inBatches.unitOfWork());
            assertThat(portals(oneByOne.unitOfWork())).isEqualTo(portals);
            store(inBatches.unitOfWork(), portals, false);
            store(oneByOne.unitOfWork(), portals, false);

            AnalyseReport report = analyse(inBatches.unitOfWork(), adapters, 7);
            analyse(oneByOne.unitOfWork(), adapters, 1);
            Map<String, String> digests = AnalysisTablesDigest.of(db.dataSource(), batched.name());

            assertThat(report.batches()).isGreaterThan(3);
            assertThat(digests).isEqualTo(AnalysisTablesDigest.of(db.dataSource(), single.name()));
            assertThat(digests.get("document_frequency")).doesNotStartWith("0:");
            assertThat(digests.get("term_day_count")).doesNotStartWith("0:");
            assertThat(digests.get("story_member")).startsWith(TEAMS.size() * PORTALS + ":");
            assertThat(report.storiesOpened()).isLessThan(TEAMS.size() * PORTALS);

            // a third of the articles corrected after the corpus has grown: their old counts are taken back
            store(inBatches.unitOfWork(), portals, true);
            store(oneByOne.unitOfWork(), portals, true);
            AnalyseReport revisions = analyse(inBatches.unitOfWork(), adapters, 7);
            analyse(oneByOne.unitOfWork(), adapters, 1);

            assertThat(revisions.takenBack()).isEqualTo(revisions.revised()).isEqualTo(4 * PORTALS); // teams 0, 3, 6 and 9
            assertThat(AnalysisTablesDigest.of(db.dataSource(), batched.name()))
                    .isEqualTo(AnalysisTablesDigest.of(db.dataSource(), single.name()))
                    .isNotEqualTo(digests);
        } finally {
            batched.drop();
            single.drop();
        }
    }

    private static AnalyseReport analyse(UnitOfWork unitOfWork, AnalysisAdapters adapters, int batchSize) {
        return new AnalyseService(unitOfWork, adapters.articleAnalyzer(), adapters.storyClusterers(), CLOCK, batchSize)
                .analyse();
    }

    private static List<PortalId> portals(UnitOfWork unitOfWork) {
        return unitOfWork.execute(repos -> {
            List<PortalId> ids = new ArrayList<>();
            for (int p = 0; p < PORTALS; p++) {
                ids.add(repos.portals().save(Portal.create("desk" + p, "Desk " + p, "https://desk" + p + ".example/", "en"))
                        .id());
            }
            return ids;
        });
    }

    /** One club story per team on every portal; {@code corrected}: every third team's articles get a new paragraph. */
    private static void store(UnitOfWork unitOfWork, List<PortalId> portals, boolean corrected) {
        unitOfWork.run(repos -> {
            List<Article> articles = new ArrayList<>();
            for (int p = 0; p < PORTALS; p++) {
                for (int t = 0; t < TEAMS.size(); t++) {
                    articles.add(article(portals.get(p), p, t, corrected && t % 3 == 0));
                }
            }
            repos.articles().upsertAll(articles);
        });
    }

    private static Article article(PortalId portal, int p, int t, boolean corrected) {
        String team = TEAMS.get(t);
        String topic = TOPICS.get(t);
        String title = switch (p) {
            case 0 -> team + " board meets supporters over " + topic;
            case 1 -> "Supporters of " + team + " question the board on " + topic;
            default -> team + " chairman answers critics about " + topic;
        };
        String body = "The board of " + team + " met supporters on Monday to discuss " + topic + ". Supporters said "
                + topic + " had divided the club for months, and the chairman of " + team + " promised a decision"
                + " before the next home match. Local councillors also joined the meeting."
                + (corrected ? " Correction: the vote on " + topic + " was postponed until the spring." : "");
        Instant published = T0.plusSeconds(1800L * t + 240L * p);
        String url = "https://desk" + p + ".example/football/" + team.toLowerCase() + "-" + t;
        return new Article(null, portal, url, url, title, List.of(), published, null, null, "en", null, body, null,
                Integer.toHexString((title + body).hashCode()), null, published, published, 1);
    }
}
