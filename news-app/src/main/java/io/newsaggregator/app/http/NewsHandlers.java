package io.newsaggregator.app.http;

import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.ArticleFilter;
import io.newsaggregator.domain.port.in.Page;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.report.RisingTerm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles, search, stories and trends: parse the request, ask the facade, render. */
final class NewsHandlers {
    private final NewsAggregator news;
    private final PortalCodes portals;
    private final Clock clock;

    NewsHandlers(NewsAggregator news, PortalCodes portals, Clock clock) {
        this.news = news;
        this.portals = portals;
        this.clock = clock;
    }

    void articles(Context ctx) {
        ArticleFilter filter = new ArticleFilter(portals.ids(Params.list(ctx, "portal")), Params.text(ctx, "language"),
                Params.text(ctx, "section"), Params.time(ctx, "from"), Params.time(ctx, "to"));
        Page<Article> page = news.browse().articles(filter, Params.page(ctx));
        Map<PortalId, String> codes = portals.codes();
        Responses.json(ctx, Views.PageView.of(page.map(a -> Views.ArticleSummary.of(a, codes))));
    }

    void article(Context ctx) {
        ArticleId id = new ArticleId(Params.id(ctx, "id"));
        Views.ArticleView view = news.browse().article(id).map(d -> Views.ArticleView.of(d, portals.codes()))
                .orElseThrow(() -> new NotFoundResponse("no article " + id.value()));
        Responses.json(ctx, view);
    }

    void search(Context ctx) {
        String text = Params.text(ctx, "q");
        if (text == null) {
            throw new IllegalArgumentException("parameter 'q' (the words to search for) is required");
        }
        SearchQuery query = new SearchQuery(text, portals.ids(Params.list(ctx, "portal")), Params.text(ctx, "section"),
                Params.text(ctx, "language"), Params.time(ctx, "from"), Params.time(ctx, "to"),
                Params.integer(ctx, "limit", Params.DEFAULT_LIMIT));
        Map<PortalId, String> codes = portals.codes();
        Responses.json(ctx, Map.of("query", text, "hits",
                news.queryAnalysis().search(query).stream().map(h -> Views.HitView.of(h, codes)).toList()));
    }

    void stories(Context ctx) {
        Instant since = Params.time(ctx, "since");
        Instant from = since != null ? since : clock.instant().minus(Duration.ofDays(3));
        int minPortals = Params.integer(ctx, "minPortals", 2);
        int limit = Params.integer(ctx, "limit", Params.DEFAULT_LIMIT);
        if (minPortals < 1 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("minPortals must be >= 1 and limit within 1..200");
        }
        Map<PortalId, String> codes = portals.codes();
        Responses.json(ctx, Map.of("since", from, "minPortals", minPortals, "stories",
                news.queryAnalysis().topStories(new QueryAnalysis.TopStoriesRequest(from, minPortals, limit)).stream().map(s -> Views.StoryView.of(s, codes)).toList()));
    }

    void trends(Context ctx) {
        LocalDate requested = Params.day(ctx, "day");
        LocalDate day = requested != null ? requested : LocalDate.now(clock);
        int days = Params.integer(ctx, "days", 7);
        int limit = Params.integer(ctx, "limit", Params.DEFAULT_LIMIT);
        if (days < 1 || days > 365 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("days must be within 1..365 and limit within 1..200");
        }
        String portal = Params.text(ctx, "portal");
        if (portal != null) {
            portals.id(portal);
        }
        List<RisingTerm> rising = news.queryAnalysis().risingTerms(new QueryAnalysis.RisingTermsRequest(day, days, limit, portal, TimeBasis.FIRST_SEEN));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("day", day.toString());
        json.put("baselineDays", days);
        json.put("portal", portal);
        json.put("terms", rising);
        Responses.json(ctx, json);
    }
}
