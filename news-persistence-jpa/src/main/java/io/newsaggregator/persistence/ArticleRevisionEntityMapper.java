package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.ArticleRevision;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link ArticleRevision} to and from its table row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface ArticleRevisionEntityMapper extends EntityMapper<ArticleRevision, ArticleRevisionEntity> {
    // one-argument methods returning a copy ("withers") look like fluent setters to MapStruct;
    // the record is built through its constructor, so they are not targets
    @Override
    @Mapping(target = "withId", ignore = true)
    ArticleRevision toDomain(ArticleRevisionEntity entity);

    @Override
    ArticleRevisionEntity toEntity(ArticleRevision aggregate);
}
