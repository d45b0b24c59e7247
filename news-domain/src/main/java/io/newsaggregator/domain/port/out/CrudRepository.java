package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import java.util.List;
import java.util.Optional;

/**
 * The generic contract every aggregate repository shares. Implementations bind every value as a
 * parameter and accept only the aggregate's declared {@link Field} constants.
 *
 * <p>Repositories join the transaction of the {@link UnitOfWork} that handed them out; they never
 * begin or commit one themselves. Failures are thrown as subtypes of
 * {@link io.newsaggregator.domain.error.DataAccessException}.
 *
 * @param <T>  the aggregate
 * @param <ID> its identity
 */
public interface CrudRepository<T, ID> {

    /** Stores a new aggregate (its id must be null) and returns it with its assigned id. */
    T save(T aggregate);

    /** Stores new aggregates in batches; returns them with ids, in the same order. */
    List<T> saveAll(List<T> aggregates);

    Optional<T> findById(ID id);

    /** @throws NotFoundException naming the type and id when absent */
    T getById(ID id);

    List<T> find(Query<T> query);

    /** The chosen fields of the aggregates the query matches, without loading whole aggregates. */
    List<Row<T>> project(Query<T> query, List<Field<T, ?>> fields);

    /** How many aggregates the query's condition matches (sort and page are ignored). */
    long count(Query<T> query);

    /**
     * Replaces the stored state of an existing aggregate.
     *
     * @throws NotFoundException when no aggregate has its id
     */
    T update(T aggregate);

    /** @return whether something was deleted */
    boolean deleteById(ID id);

    /** Deletes what the query's condition matches; returns how many. */
    long delete(Query<T> query);
}
