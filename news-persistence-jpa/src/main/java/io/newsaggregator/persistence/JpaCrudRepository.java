package io.newsaggregator.persistence;

import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The generic half of every repository: CRUD and typed queries through the Criteria API, bound to
 * the session of one unit of work. Aggregate repositories extend it with what is specific to them.
 *
 * @param <T>  the aggregate
 * @param <ID> its id record
 * @param <E>  its entity
 */
abstract class JpaCrudRepository<T, ID, E> implements CrudRepository<T, ID> {
    protected final Session session;
    private final AggregateMapping<T, ID, E> mapping;
    private final ConditionTranslator<T> translator;

    protected JpaCrudRepository(Session session, AggregateMapping<T, ID, E> mapping) {
        this.session = session;
        this.mapping = mapping;
        this.translator = new ConditionTranslator<>(mapping.fields());
    }

    @Override
    public T save(T aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        requireNew(aggregate);
        return call("saving " + mapping.typeName(), () -> {
            E entity = mapping.mapper().toEntity(aggregate);
            session.persist(entity);
            session.flush();
            return mapping.mapper().toDomain(entity);
        });
    }

    @Override
    public List<T> saveAll(List<T> aggregates) {
        Objects.requireNonNull(aggregates, "aggregates");
        aggregates.forEach(a -> requireNew(Objects.requireNonNull(a, "aggregate")));
        return call("saving " + aggregates.size() + " " + mapping.typeName() + " records", () -> {
            List<E> entities = new ArrayList<>(aggregates.size());
            for (T aggregate : aggregates) {
                E entity = mapping.mapper().toEntity(aggregate);
                session.persist(entity);
                entities.add(entity);
            }
            session.flush();
            return entities.stream().map(mapping.mapper()::toDomain).toList();
        });
    }

    @Override
    public Optional<T> findById(ID id) {
        Objects.requireNonNull(id, "id");
        return call("reading " + mapping.typeName() + " " + id, () ->
                Optional.ofNullable(session.find(mapping.entityClass(), mapping.idValue().apply(id)))
                        .map(mapping.mapper()::toDomain));
    }

    @Override
    public T getById(ID id) {
        return findById(id).orElseThrow(() -> new NotFoundException(mapping.typeName(), id));
    }

    @Override
    public List<T> find(Query<T> query) {
        Objects.requireNonNull(query, "query");
        return call("querying " + mapping.typeName(), () -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<E> cq = cb.createQuery(mapping.entityClass());
            Root<E> root = cq.from(mapping.entityClass());
            cq.select(root);
            query.condition().ifPresent(c -> cq.where(translator.toPredicate(c, cb, root)));
            cq.orderBy(orders(query, cb, root));
            SelectionQuery<E> selection = session.createSelectionQuery(cq);
            page(selection, query);
            return selection.getResultList().stream().map(mapping.mapper()::toDomain).toList();
        });
    }

    @Override
    public List<Row<T>> project(Query<T> query, List<Field<T, ?>> fields) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(fields, "fields");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("fields must name at least one field to project");
        }
        fields.forEach(f -> mapping.fields().binding(f));
        return call("projecting " + mapping.typeName(), () -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Tuple> cq = cb.createTupleQuery();
            Root<E> root = cq.from(mapping.entityClass());
            List<Selection<?>> selections = new ArrayList<>(fields.size());
            for (Field<T, ?> field : fields) {
                selections.add(translator.path(field, root));
            }
            cq.multiselect(selections);
            query.condition().ifPresent(c -> cq.where(translator.toPredicate(c, cb, root)));
            cq.orderBy(orders(query, cb, root));
            SelectionQuery<Tuple> selection = session.createSelectionQuery(cq);
            page(selection, query);
            List<Row<T>> rows = new ArrayList<>();
            for (Tuple tuple : selection.getResultList()) {
                Map<Field<T, ?>, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    Field<T, ?> field = fields.get(i);
                    values.put(field, mapping.fields().binding(field).fromStore().apply(tuple.get(i)));
                }
                rows.add(new Row<>(values));
            }
            return rows;
        });
    }

    @Override
    public long count(Query<T> query) {
        Objects.requireNonNull(query, "query");
        return call("counting " + mapping.typeName(), () -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Long> cq = cb.createQuery(Long.class);
            Root<E> root = cq.from(mapping.entityClass());
            cq.select(cb.count(root));
            query.condition().ifPresent(c -> cq.where(translator.toPredicate(c, cb, root)));
            return session.createSelectionQuery(cq).getSingleResult();
        });
    }

    @Override
    public T update(T aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        ID id = mapping.idOf().apply(aggregate);
        if (id == null) {
            throw new IllegalArgumentException("update() needs a stored " + mapping.typeName() + " with an id; use save() for new ones");
        }
        return call("updating " + mapping.typeName() + " " + id, () -> {
            if (session.find(mapping.entityClass(), mapping.idValue().apply(id)) == null) {
                throw new NotFoundException(mapping.typeName(), id);
            }
            E merged = session.merge(mapping.mapper().toEntity(aggregate));
            session.flush();
            return mapping.mapper().toDomain(merged);
        });
    }

    @Override
    public boolean deleteById(ID id) {
        Objects.requireNonNull(id, "id");
        return call("deleting " + mapping.typeName() + " " + id, () -> {
            E entity = session.find(mapping.entityClass(), mapping.idValue().apply(id));
            if (entity == null) {
                return false;
            }
            session.remove(entity);
            session.flush();
            return true;
        });
    }

    @Override
    public long delete(Query<T> query) {
        Objects.requireNonNull(query, "query");
        return call("deleting " + mapping.typeName() + " records", () -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaDelete<E> cd = cb.createCriteriaDelete(mapping.entityClass());
            Root<E> root = cd.from(mapping.entityClass());
            query.condition().ifPresent(c -> cd.where(translator.toPredicate(c, cb, root)));
            session.flush();
            int deleted = session.createMutationQuery(cd).executeUpdate();
            // a bulk delete bypasses the session; drop what it may still hold of the deleted rows
            session.clear();
            return (long) deleted;
        });
    }

    /** Runs data access, turning data store failures into the domain exception tree. */
    protected final <R> R call(String action, Supplier<R> access) {
        try {
            return access.get();
        } catch (RuntimeException e) {
            throw DataAccessTranslator.translate(e, action);
        }
    }

    protected final AggregateMapping<T, ID, E> mapping() {
        return mapping;
    }

    protected final ConditionTranslator<T> translator() {
        return translator;
    }

    private List<Order> orders(Query<T> query, CriteriaBuilder cb, Root<E> root) {
        List<Order> orders = translator.toOrders(query.sorts(), cb, root);
        // a final order by id makes pages stable when the sort keys tie
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    private static void page(SelectionQuery<?> selection, Query<?> query) {
        if (query.offset() > 0) {
            selection.setFirstResult(query.offset());
        }
        query.limit().ifPresent(selection::setMaxResults);
    }

    private void requireNew(T aggregate) {
        if (mapping.idOf().apply(aggregate) != null) {
            throw new IllegalArgumentException("save() stores new " + mapping.typeName() + " records; this one has id "
                    + mapping.idOf().apply(aggregate) + ", use update()");
        }
    }
}
