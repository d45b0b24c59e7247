package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;

/**
 * One found article, best first.
 *
 * @param snippet a passage with the matched words marked by {@code «} and {@code »}
 */
public record SearchHit(ArticleId articleId, PortalId portalId, String title, String url, Instant publishedAt,
                        double rank, String snippet) {
}
