package io.newsaggregator.app.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.port.in.PortalSources;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Portals with their sources' health, ingest runs and their failed fetches. */
final class SourceHandlers {
    private final NewsAggregator news;
    private final PortalCodes portals;
    private final Clock clock;

    SourceHandlers(NewsAggregator news, PortalCodes portals, Clock clock) {
        this.news = news;
        this.portals = portals;
        this.clock = clock;
    }

    void portals(Context ctx) {
        Instant now = clock.instant();
        Responses.json(ctx, Map.of("portals", news.browse().portals().stream().map(p -> Views.PortalView.of(p, now)).toList()));
    }

    void portal(Context ctx) {
        String code = ctx.pathParam("code");
        PortalSources portal = news.browse().portals().stream().filter(p -> p.portal().code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("no stored portal '" + code + "'"));
        Map<FeedId, SourcePoll> polls = news.sourcePolls().stream().collect(Collectors.toMap(SourcePoll::sourceId, p -> p));
        Responses.json(ctx, Views.PortalDetailView.of(portal, polls, clock.instant()));
    }

    void runs(Context ctx) {
        Responses.json(ctx, Views.PageView.of(news.browse().ingestRuns(Params.page(ctx)).map(Views.RunView::of)));
    }

    void runFailures(Context ctx) {
        IngestRunId run = new IngestRunId(Params.id(ctx, "id"));
        Map<PortalId, String> codes = portals.codes();
        Responses.json(ctx, Views.PageView.of(news.browse().runFailures(run, Params.page(ctx))
                .map(e -> Views.FailureView.of(e, codes))));
    }
}
