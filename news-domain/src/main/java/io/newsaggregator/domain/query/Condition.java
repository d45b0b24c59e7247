package io.newsaggregator.domain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A filter over aggregates of type {@code T}, built from {@link Field} constants. */
public sealed interface Condition<T>
        permits Condition.Comparison, Condition.In, Condition.Like, Condition.IsNull, Condition.And, Condition.Or {

    default Condition<T> and(Condition<T> other) {
        return And.of(List.of(this, other));
    }

    default Condition<T> or(Condition<T> other) {
        return Or.of(List.of(this, other));
    }

    @SafeVarargs
    static <T> Condition<T> allOf(Condition<T>... conditions) {
        return And.of(List.of(conditions));
    }

    @SafeVarargs
    static <T> Condition<T> anyOf(Condition<T>... conditions) {
        return Or.of(List.of(conditions));
    }

    record Comparison<T>(Field<T, ?> field, Operator operator, Object value) implements Condition<T> {
        public Comparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Matches when the field equals one of the values; an empty list matches nothing. */
    record In<T>(Field<T, ?> field, List<Object> values) implements Condition<T> {
        public In {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
        }
    }

    record Like<T>(Field<T, ?> field, String pattern) implements Condition<T> {
        public Like {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    record IsNull<T>(Field<T, ?> field, boolean negated) implements Condition<T> {
        public IsNull {
            Objects.requireNonNull(field, "field");
        }
    }

    record And<T>(List<Condition<T>> parts) implements Condition<T> {
        public And {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("and() needs at least one condition");
            }
            parts = List.copyOf(parts);
        }

        static <T> And<T> of(List<Condition<T>> parts) {
            List<Condition<T>> flat = new ArrayList<>();
            for (Condition<T> part : parts) {
                if (part instanceof And<T> and) {
                    flat.addAll(and.parts());
                } else {
                    flat.add(Objects.requireNonNull(part, "condition"));
                }
            }
            return new And<>(flat);
        }
    }

    record Or<T>(List<Condition<T>> parts) implements Condition<T> {
        public Or {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("or() needs at least one condition");
            }
            parts = List.copyOf(parts);
        }

        static <T> Or<T> of(List<Condition<T>> parts) {
            List<Condition<T>> flat = new ArrayList<>();
            for (Condition<T> part : parts) {
                if (part instanceof Or<T> or) {
                    flat.addAll(or.parts());
                } else {
                    flat.add(Objects.requireNonNull(part, "condition"));
                }
            }
            return new Or<>(flat);
        }
    }
}
