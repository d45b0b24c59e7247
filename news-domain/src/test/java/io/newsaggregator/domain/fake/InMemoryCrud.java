package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.error.DuplicateException;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import io.newsaggregator.domain.query.Sort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The generic contract over a map, evaluating queries in memory; a test double for the JPA adapter,
 * held to the same {@code CrudContract}. Ids come from a sequence a rollback does not put back, as
 * PostgreSQL's do not.
 */
class InMemoryCrud<T, ID> implements CrudRepository<T, ID>, Restorable {
    final Map<Long, T> rows = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String typeName;
    private final Function<T, ID> idOf;
    private final Function<ID, Long> idValue;
    private final Function<Long, ID> newId;
    private final BiFunction<T, ID, T> withId;
    private final Map<Field<T, ?>, Function<T, Object>> fields;
    private String uniqueConstraint;
    private Function<T, List<Object>> uniqueKey;
    private final List<Reference<T>> references = new ArrayList<>();
    private Runnable beforeWrite = () -> { };

    private final List<Child<?>> cascadeTo = new ArrayList<>();

    private record Reference<T>(String constraint, Function<T, Long> parentId, InMemoryCrud<?, ?> parents) {
    }

    /** Rows that refer to a parent: removed with it, or kept with the reference cleared by {@code detached}. */
    private record Child<C>(InMemoryCrud<C, ?> repository, Function<C, Long> parentId, UnaryOperator<C> detached) {
        void parentRemoved(long parent) {
            Predicate<C> refers = child -> Long.valueOf(parent).equals(parentId.apply(child));
            if (detached == null) {
                repository.removeWhere(refers);
            } else {
                repository.rows.replaceAll((key, child) -> refers.test(child) ? detached.apply(child) : child);
            }
        }
    }

    InMemoryCrud(String typeName, Function<T, ID> idOf, Function<ID, Long> idValue, Function<Long, ID> newId,
                 BiFunction<T, ID, T> withId, Map<Field<T, ?>, Function<T, Object>> fields) {
        this.typeName = typeName;
        this.idOf = idOf;
        this.idValue = idValue;
        this.newId = newId;
        this.withId = withId;
        this.fields = fields;
    }

    /** Refuses, like the table's unique constraint of that name, two rows with the same key. */
    final void unique(String constraint, Function<T, List<Object>> key) {
        this.uniqueConstraint = constraint;
        this.uniqueKey = key;
    }

    /**
     * Refuses, like the table's foreign key of that name, a row whose parent id (when not null) is
     * not stored in {@code parents}; with {@code onDeleteCascade}, removing a parent removes its rows.
     */
    final void references(String constraint, Function<T, Long> parentId, InMemoryCrud<?, ?> parents,
                          boolean onDeleteCascade) {
        references.add(new Reference<>(constraint, parentId, parents));
        if (onDeleteCascade) {
            parents.cascadeTo.add(new Child<>(this, parentId, null));
        }
    }

    /**
     * Refuses a missing parent like {@link #references}, and when the parent is removed keeps the
     * rows with the reference cleared by {@code detached}, like a key with {@code ON DELETE SET NULL}.
     */
    final void referencesOrNull(String constraint, Function<T, Long> parentId, InMemoryCrud<?, ?> parents,
                                UnaryOperator<T> detached) {
        references.add(new Reference<>(constraint, parentId, parents));
        parents.cascadeTo.add(new Child<>(this, parentId, Objects.requireNonNull(detached, "detached")));
    }

    /** Runs before every generic write; the store refuses writes there inside a read-only unit. */
    final void beforeWrite(Runnable guard) {
        this.beforeWrite = guard;
    }

    @Override
    public T save(T aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        beforeWrite.run();
        if (idOf.apply(aggregate) != null) {
            throw new IllegalArgumentException("save() takes a new " + typeName + " without id");
        }
        requireIntact(aggregate, null, "Saving " + typeName);
        long id = sequence.incrementAndGet();
        T stored = withId.apply(aggregate, newId.apply(id));
        rows.put(id, stored);
        return stored;
    }

    @Override
    public List<T> saveAll(List<T> aggregates) {
        Objects.requireNonNull(aggregates, "aggregates");
        return aggregates.stream().map(this::save).toList();
    }

    @Override
    public Optional<T> findById(ID id) {
        return Optional.ofNullable(rows.get(idValue.apply(id)));
    }

    @Override
    public T getById(ID id) {
        return findById(id).orElseThrow(() -> new NotFoundException(typeName, id));
    }

    @Override
    public List<T> find(Query<T> query) {
        Stream<T> matching = matching(query);
        Comparator<T> order = comparator(query.sorts());
        if (order != null) {
            matching = matching.sorted(order);
        }
        matching = matching.skip(query.offset());
        if (query.limit().isPresent()) {
            matching = matching.limit(query.limit().get());
        }
        return matching.toList();
    }

    @Override
    public List<Row<T>> project(Query<T> query, List<Field<T, ?>> chosen) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("fields must name at least one field to project");
        }
        chosen.forEach(this::accessor);
        return find(query).stream().map(aggregate -> {
            Map<Field<T, ?>, Object> values = new LinkedHashMap<>();
            chosen.forEach(field -> values.put(field, accessor(field).apply(aggregate)));
            return new Row<>(values);
        }).toList();
    }

    @Override
    public long count(Query<T> query) {
        return matching(query).count();
    }

    @Override
    public T update(T aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        ID id = idOf.apply(aggregate);
        if (id == null) {
            throw new IllegalArgumentException("update() needs a stored " + typeName + " with an id; use save() for new ones");
        }
        beforeWrite.run();
        if (!rows.containsKey(idValue.apply(id))) {
            throw new NotFoundException(typeName, id);
        }
        requireIntact(aggregate, idValue.apply(id), "Updating " + typeName + " " + id);
        rows.put(idValue.apply(id), aggregate);
        return aggregate;
    }

    @Override
    public boolean deleteById(ID id) {
        beforeWrite.run();
        long key = idValue.apply(id);
        if (rows.remove(key) == null) {
            return false;
        }
        removed(key);
        return true;
    }

    @Override
    public long delete(Query<T> query) {
        beforeWrite.run();
        List<T> doomed = matching(query).toList();
        doomed.forEach(aggregate -> {
            long key = idValue.apply(idOf.apply(aggregate));
            rows.remove(key);
            removed(key);
        });
        return doomed.size();
    }

    @Override
    public Runnable snapshot() {
        Map<Long, T> copy = Map.copyOf(rows);
        return () -> {
            rows.clear();
            rows.putAll(copy);
        };
    }

    /** Called when the row with this id was removed: removes or detaches what refers to it. */
    void removed(long id) {
        cascadeTo.forEach(child -> child.parentRemoved(id));
    }

    private void removeWhere(Predicate<T> doomed) {
        List<Long> keys = rows.entrySet().stream().filter(row -> doomed.test(row.getValue())).map(Map.Entry::getKey).toList();
        keys.forEach(key -> {
            rows.remove(key);
            removed(key);
        });
    }

    private void requireIntact(T aggregate, Long ownId, String action) {
        for (Reference<T> reference : references) {
            Long parent = reference.parentId().apply(aggregate);
            if (parent != null && !reference.parents().rows.containsKey(parent)) {
                throw new DataIntegrityException(action + " failed: insert or update violates foreign key constraint \""
                        + reference.constraint() + "\" (" + parent + " is not present)", reference.constraint(), null);
            }
        }
        if (uniqueKey == null) {
            return;
        }
        List<Object> key = uniqueKey.apply(aggregate);
        boolean taken = rows.entrySet().stream()
                .anyMatch(row -> !row.getKey().equals(ownId) && uniqueKey.apply(row.getValue()).equals(key));
        if (taken) {
            throw new DuplicateException(action + " failed: duplicate key value violates unique constraint \""
                    + uniqueConstraint + "\" (" + key + " already exists)", uniqueConstraint, null);
        }
    }

    Stream<T> all() {
        return rows.values().stream();
    }

    private Stream<T> matching(Query<T> query) {
        return rows.values().stream().filter(aggregate -> query.condition().map(c -> test(c, aggregate)).orElse(true));
    }

    private Function<T, Object> accessor(Field<T, ?> field) {
        Function<T, Object> accessor = fields.get(field);
        if (accessor == null) {
            throw new IllegalArgumentException(field + " is not queryable");
        }
        return accessor;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean test(Condition<T> condition, T aggregate) {
        if (condition instanceof Condition.Comparison<T> c) {
            Object value = accessor(c.field()).apply(aggregate);
            if (value == null) {
                return false;
            }
            int cmp = ((Comparable) comparable(value)).compareTo(comparable(c.value()));
            return switch (c.operator()) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }
        if (condition instanceof Condition.In<T> in) {
            return in.values().contains(accessor(in.field()).apply(aggregate));
        }
        if (condition instanceof Condition.Like<T> like) {
            Object value = accessor(like.field()).apply(aggregate);
            return value != null && LikePatterns.regex(like.pattern()).matcher(value.toString()).matches();
        }
        if (condition instanceof Condition.IsNull<T> isNull) {
            return (accessor(isNull.field()).apply(aggregate) == null) != isNull.negated();
        }
        if (condition instanceof Condition.And<T> and) {
            return and.parts().stream().allMatch(part -> test(part, aggregate));
        }
        Condition.Or<T> or = (Condition.Or<T>) condition;
        return or.parts().stream().anyMatch(part -> test(part, aggregate));
    }

    private static Object comparable(Object value) {
        // the id records print as their number
        if (value instanceof Record id && id.toString().matches("\\d+")) {
            return Long.valueOf(id.toString());
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<T> comparator(List<Sort<T>> sorts) {
        Comparator<T> order = null;
        for (Sort<T> sort : sorts) {
            Function<T, Object> get = accessor(sort.field());
            Comparator<T> key = Comparator.comparing(a -> (Comparable) comparable(get.apply(a)),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            if (sort.direction() == Sort.Direction.DESC) {
                key = key.reversed();
            }
            order = order == null ? key : order.thenComparing(key);
        }
        return order;
    }

    static <T> Map<Field<T, ?>, Function<T, Object>> fieldMap(Object... pairs) {
        Map<Field<T, ?>, Function<T, Object>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            Field<T, ?> field = (Field<T, ?>) pairs[i];
            @SuppressWarnings("unchecked")
            Function<T, Object> getter = (Function<T, Object>) pairs[i + 1];
            map.put(field, getter);
        }
        return map;
    }

    static <X> List<X> copy(List<X> list) {
        return new ArrayList<>(list);
    }
}
