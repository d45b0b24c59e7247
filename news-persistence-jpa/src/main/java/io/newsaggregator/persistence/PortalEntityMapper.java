package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Portal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link Portal} to and from its table row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface PortalEntityMapper extends EntityMapper<Portal, PortalEntity> {
    // one-argument methods returning a copy ("withers") look like fluent setters to MapStruct;
    // the record is built through its constructor, so they are not targets
    @Override
    @Mapping(target = "withId", ignore = true)
    Portal toDomain(PortalEntity entity);

    @Override
    PortalEntity toEntity(Portal aggregate);
}
