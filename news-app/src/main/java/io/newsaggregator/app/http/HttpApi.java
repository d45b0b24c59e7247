package io.newsaggregator.app.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.plugin.bundled.RateLimitPlugin;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.error.QueryTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of {@code serve}: the JSON API under {@code /api}, the dashboard, {@code /metrics}
 * and {@code /health/*} on Javalin (Jetty). Every answer that is not a success is JSON
 * {@code {"error": ..., "status": ...}}.
 */
public final class HttpApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
    private final Javalin app;

    private HttpApi(Javalin app) {
        this.app = app;
    }

    /**
     * Starts listening.
     *
     * @throws ConfigurationException when bound off loopback without a token
     */
    public static HttpApi start(NewsAggregator news, Jobs jobs, ApiSettings settings, PrometheusMeterRegistry registry,
                                Clock clock) {
        Objects.requireNonNull(news, "news");
        if (!settings.loopbackOnly() && settings.token() == null) {
            throw new ConfigurationException("serving on " + settings.bind()
                    + " (not loopback) needs a token: --token-file FILE or NEWS_API_TOKEN");
        }
        PortalCodes portals = new PortalCodes(news);
        NewsHandlers reads = new NewsHandlers(news, portals, clock);
        SourceHandlers sources = new SourceHandlers(news, portals, clock);
        ActionHandlers actions = new ActionHandlers(jobs);
        HealthHandlers health = new HealthHandlers(news, registry);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
            config.registerPlugin(new RateLimitPlugin(limit -> limit.setKeyFunction(Context::ip)));
            config.requestLogger.http((ctx, millis) -> timer(registry, ctx).record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS));
            config.routes.before(ctx -> guard(ctx, settings));
            config.routes.get("/health/live", health::live);
            config.routes.get("/health/ready", health::ready);
            config.routes.get("/metrics", health::metrics);
            config.routes.get("/api/articles", reads::articles);
            config.routes.get("/api/articles/{id}", reads::article);
            config.routes.get("/api/search", reads::search);
            config.routes.get("/api/stories", reads::stories);
            config.routes.get("/api/trends", reads::trends);
            config.routes.get("/api/portals", sources::portals);
            config.routes.get("/api/portals/{code}", sources::portal);
            config.routes.get("/api/runs", sources::runs);
            config.routes.get("/api/runs/{id}/failures", sources::runFailures);
            config.routes.post("/api/portals/{code}/poll", actions::poll);
            config.routes.post("/api/actions/analyse", actions::analyse);
            Dashboard.register(config, news, portals, clock);
            errors(config);
        });
        app.start();
        log.info("Serving on http://{}:{}", settings.bind(), app.port());
        return new HttpApi(app);
    }

    /** Size and rate limits for everyone; the token for writes, and for everything off loopback. */
    private static void guard(Context ctx, ApiSettings settings) {
        if (ctx.req().getContentLengthLong() > settings.maxRequestBytes()) {
            throw new ContentTooLargeResponse("request body larger than " + settings.maxRequestBytes() + " bytes");
        }
        ctx.with(RateLimitPlugin.class).requestPerTimeUnit(settings.requestsPerMinute(), TimeUnit.MINUTES);
        boolean writes = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS;
        if (!writes && settings.loopbackOnly()) {
            return;
        }
        if (settings.token() == null) {
            throw new ForbiddenResponse("actions are off: start serve with --token-file FILE or NEWS_API_TOKEN to allow them");
        }
        String header = ctx.header("Authorization");
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), settings.token().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("a valid 'Authorization: Bearer TOKEN' header is required");
        }
    }

    private static void errors(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, (e, ctx) -> Responses.error(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> Responses.error(ctx, 400, e.getMessage()));
        config.routes.exception(ConfigurationException.class, (e, ctx) -> Responses.error(ctx, 400, e.getMessage()));
        config.routes.exception(NotFoundException.class, (e, ctx) -> Responses.error(ctx, 404, e.getMessage()));
        config.routes.exception(DataStoreUnavailableException.class, (e, ctx) -> Responses.error(ctx, 503, e.getMessage()));
        config.routes.exception(QueryTimeoutException.class, (e, ctx) -> Responses.error(ctx, 503, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            Responses.error(ctx, 500, "internal error; the server log has the details");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Responses.error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> Responses.error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    }

    private static Timer timer(PrometheusMeterRegistry registry, Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        return Timer.builder("http.server.requests").description("HTTP requests by route and status")
                .tag("method", ctx.method().name()).tag("route", endpoint == null ? "unmatched" : endpoint.path)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram(false).register(registry);
    }

    /** The port listened on (the chosen one when started with 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests, lets running ones finish (up to 10 s) and stops. */
    @Override
    public void close() {
        app.stop();
    }
}
