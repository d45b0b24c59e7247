package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FetchEvent;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link FetchEvent} to and from its table row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface FetchEventEntityMapper extends EntityMapper<FetchEvent, FetchEventEntity> {
    // one-argument methods returning a copy ("withers") look like fluent setters to MapStruct;
    // the record is built through its constructor, so they are not targets
    @Override
    @Mapping(target = "withId", ignore = true)
    FetchEvent toDomain(FetchEventEntity entity);

    @Override
    FetchEventEntity toEntity(FetchEvent aggregate);
}
