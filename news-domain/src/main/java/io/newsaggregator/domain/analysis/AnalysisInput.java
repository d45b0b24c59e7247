package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.Objects;

/**
 * The text of one article revision to analyse.
 *
 * @param languageHint the language the page declared, or null
 * @param seenAt       when the article was published (else first seen): the day it counts for in trends
 *                     by publication, and the time stories place it at
 * @param firstSeenAt  when this store first saw the article: the day it counts for in trends by first seen
 */
public record AnalysisInput(ArticleId articleId, PortalId portalId, int revision, String title, String lead,
                            String body, String languageHint, Instant seenAt, Instant firstSeenAt) {
    public AnalysisInput {
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
