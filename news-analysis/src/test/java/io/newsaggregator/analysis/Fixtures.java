package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;

/** Short articles written for these tests: two reports of one event, one unrelated report. */
final class Fixtures {
    static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

    static final String BRIDGE_TITLE_A = "Storm forces closure of Tamar Bridge as 90 mph winds batter Plymouth";
    static final String BRIDGE_BODY_A = """
            The Tamar Bridge between Plymouth and Saltash was closed on Monday morning after gusts of 90 mph \
            were recorded during Storm Ingrid. Engineers said the suspension bridge would stay shut until the \
            winds eased. Commuters were told to use the Torpoint ferry, where queues stretched for two miles. \
            Devon and Cornwall police warned drivers to avoid the A38 near Saltash.""";

    static final String BRIDGE_TITLE_B = "Tamar Bridge shut as Storm Ingrid brings 90mph gusts to Plymouth and Saltash";
    static final String BRIDGE_BODY_B = """
            Storm Ingrid closed the Tamar Bridge on Monday, cutting the main road link between Plymouth and \
            Saltash. Gusts reached 90mph, according to bridge engineers, who will reopen the crossing once the \
            wind drops. Police in Devon and Cornwall asked drivers to stay off the A38, and the Torpoint ferry \
            reported long queues.""";

    static final String ORCHESTRA_TITLE = "Berlin Philharmonic names new principal conductor for 2027 season";
    static final String ORCHESTRA_BODY = """
            The Berlin Philharmonic has chosen a new principal conductor, who will take up the post at the \
            start of the 2027 season. Members of the orchestra voted in a closed ballot last week. The \
            conductor said the orchestra's tradition of contemporary commissions would continue, and a tour \
            of Asia is planned for the first year.""";

    private Fixtures() {
    }

    static AnalysisInput input(long id, long portal, int minutesLater, String title, String body) {
        return new AnalysisInput(ArticleId.of(id), PortalId.of(portal), 1, title, null, body, null,
                MORNING.plusSeconds(60L * minutesLater), MORNING.plusSeconds(60L * minutesLater));
    }
}
