package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Article;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link Article} to and from its table row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface ArticleEntityMapper extends EntityMapper<Article, ArticleEntity> {
    // one-argument methods returning a copy ("withers") look like fluent setters to MapStruct;
    // the record is built through its constructor, so they are not targets
    @Override
    @Mapping(target = "withId", ignore = true)
    Article toDomain(ArticleEntity entity);

    @Override
    ArticleEntity toEntity(Article aggregate);
}
