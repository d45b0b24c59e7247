package io.newsaggregator.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;

/** Prints results: lines for people, or JSON and nothing else for programs. */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** A line of text for people; nothing in JSON mode. */
    void line(String format, Object... args) {
        if (!json) {
            out.println(args.length == 0 ? format : String.format(format, args));
            out.flush();
        }
    }

    /** One JSON document on one line (JSON mode only). */
    void json(Object value) {
        if (json) {
            out.println(toJson(value));
            out.flush();
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
