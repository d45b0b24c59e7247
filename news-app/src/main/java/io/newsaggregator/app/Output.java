package io.newsaggregator.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevisionId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Prints results: lines for people, or JSON and nothing else for programs. */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(identities())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Ids are records of one number; they print as that number. */
    private static SimpleModule identities() {
        SimpleModule module = new SimpleModule("news-identities");
        for (Class<?> type : List.of(PortalId.class, FeedId.class, CategoryId.class, ArticleId.class,
                ArticleRevisionId.class, IngestRunId.class, FetchEventId.class)) {
            module.addSerializer(type, new ToStringSerializerBase(type) {
                @Override
                public String valueToString(Object value) {
                    return value.toString();
                }

                @Override
                public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    gen.writeNumber(Long.parseLong(value.toString()));
                }
            });
        }
        return module;
    }

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
