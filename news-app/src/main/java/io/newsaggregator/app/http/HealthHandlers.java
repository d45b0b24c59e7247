package io.newsaggregator.app.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.migrations.MigrationStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Liveness, readiness (database reachable, schema current) and the Prometheus scrape. */
final class HealthHandlers {
    private static final Logger log = LoggerFactory.getLogger(HealthHandlers.class);
    private final NewsAggregator news;
    private final PrometheusMeterRegistry registry;

    HealthHandlers(NewsAggregator news, PrometheusMeterRegistry registry) {
        this.news = news;
        this.registry = registry;
    }

    void live(Context ctx) {
        Responses.status(ctx, HttpStatus.OK, Map.of("status", "UP"));
    }

    void ready(Context ctx) {
        Map<String, Object> json = new LinkedHashMap<>();
        try {
            MigrationStatus status = news.migrationStatus();
            json.put("database", "UP");
            json.put("schemaVersion", status.currentVersion());
            json.put("pendingMigrations", status.pending().size());
            json.put("status", status.isUpToDate() ? "UP" : "DOWN");
        } catch (RuntimeException e) {
            log.warn("Readiness check: database unreachable: {}", e.getMessage());
            json.put("database", "DOWN");
            json.put("reason", e.getMessage());
            json.put("status", "DOWN");
        }
        Responses.status(ctx, "UP".equals(json.get("status")) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE, json);
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
