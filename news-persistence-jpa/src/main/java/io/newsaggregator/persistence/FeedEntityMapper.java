package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.Feed;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Maps {@link Feed} to and from its table row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMappings.class)
interface FeedEntityMapper extends EntityMapper<Feed, FeedEntity> {
    // one-argument methods returning a copy ("withers") look like fluent setters to MapStruct;
    // the record is built through its constructor, so they are not targets
    @Override
    @Mapping(target = "withId", ignore = true)
    @Mapping(target = "notModified", ignore = true)
    Feed toDomain(FeedEntity entity);

    @Override
    FeedEntity toEntity(Feed aggregate);
}
