package io.newsaggregator.persistence;

import java.util.function.Function;

/**
 * Everything the generic repository needs to know about one aggregate: its name for messages, its
 * entity, its mapper, its query whitelist and how to read its id.
 */
record AggregateMapping<T, ID, E>(
        String typeName,
        Class<E> entityClass,
        EntityMapper<T, E> mapper,
        FieldWhitelist<T> fields,
        Function<T, ID> idOf,
        Function<ID, Long> idValue) {
}
