package io.newsaggregator.app.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.newsaggregator.app.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Writes JSON answers; a GET answer carries an ETag, and a matching If-None-Match gets 304 without a body. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, Object value) {
        byte[] body = Json.bytes(value);
        String etag = etag(body);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(JSON).result(body);
    }

    static void status(Context ctx, HttpStatus status, Object value) {
        ctx.status(status).contentType(JSON).result(Json.bytes(value));
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType(JSON).result(Json.bytes(new Views.ErrorView(message, status)));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
