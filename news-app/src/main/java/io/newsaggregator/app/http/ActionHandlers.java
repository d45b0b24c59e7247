package io.newsaggregator.app.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Actions behind the token: they queue work for the worker and answer 202 at once. */
final class ActionHandlers {
    private final Jobs jobs;

    ActionHandlers(Jobs jobs) {
        this.jobs = jobs;
    }

    void poll(Context ctx) {
        String code = ctx.pathParam("code");
        jobs.pollPortal(code);
        Responses.status(ctx, HttpStatus.ACCEPTED, new Views.Accepted("poll", code, jobs.pending()));
    }

    void analyse(Context ctx) {
        jobs.analyseNow();
        Responses.status(ctx, HttpStatus.ACCEPTED, new Views.Accepted("analyse", null, jobs.pending()));
    }
}
