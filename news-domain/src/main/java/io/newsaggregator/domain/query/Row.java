package io.newsaggregator.domain.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One result of a projection: the values of the chosen fields of one aggregate. */
public final class Row<T> {
    private final Map<Field<T, ?>, Object> values;

    public Row(Map<Field<T, ?>, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a projected field; {@code null} when stored as null. */
    public <V> V get(Field<T, V> field) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException(field + " was not projected; projected: " + values.keySet());
        }
        return field.type().cast(values.get(field));
    }

    public Map<Field<T, ?>, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row<?> r && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "Row" + values;
    }
}
