package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A superseded version of an article's content, kept when a later fetch found it changed.
 *
 * @param id null until stored; title, lead and bodyText may be null as on the article
 */
public record ArticleRevision(
        ArticleRevisionId id,
        ArticleId articleId,
        int revision,
        String title,
        String lead,
        String bodyText,
        String contentHash,
        Instant capturedAt) {

    public ArticleRevision {
        Objects.requireNonNull(articleId, "articleId");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(capturedAt, "capturedAt");
    }

    public ArticleRevision withId(ArticleRevisionId newId) {
        return new ArticleRevision(newId, articleId, revision, title, lead, bodyText, contentHash, capturedAt);
    }
}
