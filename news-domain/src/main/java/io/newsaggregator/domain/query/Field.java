package io.newsaggregator.domain.query;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A queryable attribute of an aggregate {@code T} whose values are of type {@code V}.
 *
 * <p>Fields are declared once per aggregate as constants (see {@code ArticleField}); callers build
 * conditions and sorts from them and never from strings they make up. Adapters map each declared
 * field to their own storage through a whitelist.
 */
public final class Field<T, V> {
    private final Class<T> owner;
    private final String name;
    private final Class<V> type;

    private Field(Class<T> owner, String name, Class<V> type) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public static <T, V> Field<T, V> of(Class<T> owner, String name, Class<V> type) {
        return new Field<>(owner, name, type);
    }

    public Class<T> owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public Class<V> type() {
        return type;
    }

    public Condition<T> eq(V value) {
        return compare(Operator.EQ, value);
    }

    public Condition<T> ne(V value) {
        return compare(Operator.NE, value);
    }

    public Condition<T> lt(V value) {
        return compare(Operator.LT, value);
    }

    public Condition<T> le(V value) {
        return compare(Operator.LE, value);
    }

    public Condition<T> gt(V value) {
        return compare(Operator.GT, value);
    }

    public Condition<T> ge(V value) {
        return compare(Operator.GE, value);
    }

    public Condition<T> in(Collection<? extends V> values) {
        Objects.requireNonNull(values, "values");
        values.forEach(v -> checkValue(v));
        return new Condition.In<>(this, List.copyOf(values));
    }

    /**
     * SQL LIKE with {@code %} and {@code _} wildcards; the pattern is bound as a parameter, never
     * spliced into the statement. Only for text fields.
     */
    public Condition<T> like(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (type != String.class) {
            throw new IllegalArgumentException("like() needs a text field; " + this + " holds " + type.getSimpleName());
        }
        return new Condition.Like<>(this, pattern);
    }

    public Condition<T> isNull() {
        return new Condition.IsNull<>(this, false);
    }

    public Condition<T> isNotNull() {
        return new Condition.IsNull<>(this, true);
    }

    public Sort<T> asc() {
        return new Sort<>(this, Sort.Direction.ASC);
    }

    public Sort<T> desc() {
        return new Sort<>(this, Sort.Direction.DESC);
    }

    private Condition<T> compare(Operator operator, V value) {
        checkValue(value);
        return new Condition.Comparison<>(this, operator, value);
    }

    private void checkValue(Object value) {
        Objects.requireNonNull(value, () -> "value for " + this + " (use isNull() to match missing values)");
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(
                    "value for " + this + " must be " + type.getSimpleName() + ", was " + value.getClass().getSimpleName());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field<?, ?> f && f.owner.equals(owner) && f.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, name);
    }

    @Override
    public String toString() {
        return owner.getSimpleName() + "." + name;
    }
}
