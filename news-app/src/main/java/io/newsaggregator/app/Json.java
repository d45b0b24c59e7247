package io.newsaggregator.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevisionId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import java.io.IOException;
import java.util.List;

/** The one JSON form of the app's output (CLI {@code --format json} and the HTTP API): ISO times, ids as numbers. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(identities())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

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

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
