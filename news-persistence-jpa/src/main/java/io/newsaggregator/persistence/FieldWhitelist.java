package io.newsaggregator.persistence;

import io.newsaggregator.domain.query.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of an aggregate that queries may use, each mapped to its entity attribute and to the
 * conversion of values between the domain (id records, enums) and the entity. Anything not listed
 * is refused, so no caller can reach a column we did not mean to expose.
 */
final class FieldWhitelist<T> {

    /** Where a field lives in the entity and how its values convert. */
    record Binding(String attribute, Function<Object, Object> toStore, Function<Object, Object> fromStore) {
    }

    private final Class<T> aggregate;
    private final Map<Field<T, ?>, Binding> bindings;

    private FieldWhitelist(Class<T> aggregate, Map<Field<T, ?>, Binding> bindings) {
        this.aggregate = aggregate;
        this.bindings = Map.copyOf(bindings);
    }

    static <T> Builder<T> of(Class<T> aggregate) {
        return new Builder<>(aggregate);
    }

    /** @throws IllegalArgumentException when the field is not whitelisted for this aggregate */
    Binding binding(Field<T, ?> field) {
        Objects.requireNonNull(field, "field");
        Binding binding = bindings.get(field);
        if (binding == null) {
            throw new IllegalArgumentException("field " + field + " cannot be used in queries of "
                    + aggregate.getSimpleName() + "; allowed: " + bindings.keySet().stream().map(Field::name).sorted().toList());
        }
        return binding;
    }

    Object toStore(Field<T, ?> field, Object value) {
        return binding(field).toStore().apply(value);
    }

    Class<T> aggregate() {
        return aggregate;
    }

    static final class Builder<T> {
        private final Class<T> aggregate;
        private final Map<Field<T, ?>, Binding> bindings = new LinkedHashMap<>();

        private Builder(Class<T> aggregate) {
            this.aggregate = aggregate;
        }

        /** A field whose values are stored as they are (text, numbers, instants, enums). */
        Builder<T> plain(Field<T, ?> field, String attribute) {
            return add(field, new Binding(attribute, Function.identity(), Function.identity()));
        }

        /** A field holding an id record, stored as its {@code long}. */
        <V> Builder<T> id(Field<T, V> field, String attribute, Function<V, Long> toStore, Function<Long, V> fromStore) {
            Class<V> type = field.type();
            return add(field, new Binding(attribute,
                    value -> toStore.apply(type.cast(value)),
                    stored -> stored == null ? null : fromStore.apply((Long) stored)));
        }

        private Builder<T> add(Field<T, ?> field, Binding binding) {
            if (field.owner() != aggregate) {
                throw new IllegalArgumentException(field + " is not a field of " + aggregate.getSimpleName());
            }
            bindings.put(field, binding);
            return this;
        }

        FieldWhitelist<T> build() {
            return new FieldWhitelist<>(aggregate, bindings);
        }
    }
}
