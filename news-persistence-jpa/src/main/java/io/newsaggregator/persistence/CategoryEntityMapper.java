package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Category;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link Category} to and from its table row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface CategoryEntityMapper extends EntityMapper<Category, CategoryEntity> {
    // one-argument methods returning a copy ("withers") look like fluent setters to MapStruct;
    // the record is built through its constructor, so they are not targets
    @Override
    @Mapping(target = "withId", ignore = true)
    Category toDomain(CategoryEntity entity);

    @Override
    CategoryEntity toEntity(Category aggregate);
}
