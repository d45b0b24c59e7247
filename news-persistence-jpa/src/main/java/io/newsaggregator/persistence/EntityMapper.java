package io.newsaggregator.persistence;

/** Converts between a domain aggregate and its entity; implemented by MapStruct. */
interface EntityMapper<T, E> {
    T toDomain(E entity);

    E toEntity(T aggregate);
}
