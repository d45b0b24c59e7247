package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FrontierEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link FrontierEntry} to and from its table row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface FrontierEntryEntityMapper extends EntityMapper<FrontierEntry, FrontierEntryEntity> {
    // withers look like fluent setters to MapStruct; the record is built through its constructor
    @Override
    @Mapping(target = "withId", ignore = true)
    FrontierEntry toDomain(FrontierEntryEntity entity);

    @Override
    FrontierEntryEntity toEntity(FrontierEntry aggregate);
}
