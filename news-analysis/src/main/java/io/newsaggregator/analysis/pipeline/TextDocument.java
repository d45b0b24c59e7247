package io.newsaggregator.analysis.pipeline;

import java.time.Instant;
import java.util.Objects;

/**
 * One document for {@link TextBatch}.
 *
 * @param id          the caller's identifier, echoed in the result
 * @param title       the headline, or null
 * @param text        the main text, or null
 * @param portal      where it was published, or null when unknown (all unknown count as one source)
 * @param publishedAt when it was published, or null (then it counts as published with the newest
 *                    dated document of the batch)
 */
public record TextDocument(String id, String title, String text, String portal, Instant publishedAt) {
    public TextDocument {
        Objects.requireNonNull(id, "id");
    }

    public static TextDocument of(String id, String title, String text) {
        return new TextDocument(id, title, text, null, null);
    }
}
