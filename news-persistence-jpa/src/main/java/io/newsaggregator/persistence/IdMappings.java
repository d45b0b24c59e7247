package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevisionId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import java.util.Arrays;
import java.util.List;

/** Conversions the MapStruct mappers share: id records to column values and back, author lists. */
class IdMappings {

    Long fromPortalId(PortalId id) {
        return id == null ? null : id.value();
    }

    PortalId toPortalId(Long value) {
        return value == null ? null : new PortalId(value);
    }

    Long fromCategoryId(CategoryId id) {
        return id == null ? null : id.value();
    }

    CategoryId toCategoryId(Long value) {
        return value == null ? null : new CategoryId(value);
    }

    Long fromFeedId(FeedId id) {
        return id == null ? null : id.value();
    }

    FeedId toFeedId(Long value) {
        return value == null ? null : new FeedId(value);
    }

    Long fromArticleId(ArticleId id) {
        return id == null ? null : id.value();
    }

    ArticleId toArticleId(Long value) {
        return value == null ? null : new ArticleId(value);
    }

    Long fromArticleRevisionId(ArticleRevisionId id) {
        return id == null ? null : id.value();
    }

    ArticleRevisionId toArticleRevisionId(Long value) {
        return value == null ? null : new ArticleRevisionId(value);
    }

    Long fromIngestRunId(IngestRunId id) {
        return id == null ? null : id.value();
    }

    IngestRunId toIngestRunId(Long value) {
        return value == null ? null : new IngestRunId(value);
    }

    Long fromFrontierEntryId(io.newsaggregator.domain.model.FrontierEntryId id) {
        return id == null ? null : id.value();
    }

    io.newsaggregator.domain.model.FrontierEntryId toFrontierEntryId(Long value) {
        return value == null ? null : new io.newsaggregator.domain.model.FrontierEntryId(value);
    }

    Long fromFetchEventId(FetchEventId id) {
        return id == null ? null : id.value();
    }

    FetchEventId toFetchEventId(Long value) {
        return value == null ? null : new FetchEventId(value);
    }

    String[] toArray(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    List<String> toList(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
