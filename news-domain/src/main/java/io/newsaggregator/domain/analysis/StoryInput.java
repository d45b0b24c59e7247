package io.newsaggregator.domain.analysis;

import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An analysed article as the story clusterer takes it. */
public record StoryInput(ArticleId articleId, PortalId portalId, Instant seenAt, String title, List<String> titleTerms,
                         List<String> bodyTerms, List<String> salientTerms) {
    public StoryInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(seenAt, "seenAt");
        titleTerms = List.copyOf(titleTerms);
        bodyTerms = List.copyOf(bodyTerms);
        salientTerms = List.copyOf(salientTerms);
    }
}
