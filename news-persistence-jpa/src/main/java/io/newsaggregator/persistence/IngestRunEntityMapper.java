package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link IngestRun} to and from its table row; the counts become one column each. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface IngestRunEntityMapper extends EntityMapper<IngestRun, IngestRunEntity> {
    // one-argument methods returning a copy look like fluent setters to MapStruct; not targets
    @Override
    @Mapping(target = "counts", source = "entity")
    @Mapping(target = "withId", ignore = true)
    IngestRun toDomain(IngestRunEntity entity);

    @Mapping(target = "plus", ignore = true)
    IngestCounts toCounts(IngestRunEntity entity);

    @Override
    @Mapping(target = ".", source = "counts")
    IngestRunEntity toEntity(IngestRun aggregate);
}
