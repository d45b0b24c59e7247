package io.newsaggregator.persistence;

import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Sort;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Criteria API predicates and orderings from domain conditions. Paths come only from the
 * whitelist; values go in as Criteria literals, which Hibernate binds as parameters.
 */
final class ConditionTranslator<T> {
    /** Backslash escapes {@code %}, {@code _} and itself in like patterns, as PostgreSQL does by default. */
    static final char LIKE_ESCAPE = '\\';

    private final FieldWhitelist<T> fields;

    ConditionTranslator(FieldWhitelist<T> fields) {
        this.fields = fields;
    }

    Predicate toPredicate(Condition<T> condition, CriteriaBuilder cb, Root<?> root) {
        if (condition instanceof Condition.Comparison<T> c) {
            return comparison(c, cb, root);
        } else if (condition instanceof Condition.In<T> in) {
            return in(in, cb, root);
        } else if (condition instanceof Condition.Like<T> like) {
            return cb.like(this.<String>path(like.field(), root), like.pattern(), LIKE_ESCAPE);
        } else if (condition instanceof Condition.IsNull<T> isNull) {
            return isNull.negated() ? cb.isNotNull(path(isNull.field(), root)) : cb.isNull(path(isNull.field(), root));
        } else if (condition instanceof Condition.And<T> and) {
            return cb.and(translateAll(and.parts(), cb, root));
        } else if (condition instanceof Condition.Or<T> or) {
            return cb.or(translateAll(or.parts(), cb, root));
        }
        throw new NullPointerException("condition");
    }

    List<Order> toOrders(List<Sort<T>> sorts, CriteriaBuilder cb, Root<?> root) {
        List<Order> orders = new ArrayList<>(sorts.size());
        for (Sort<T> sort : sorts) {
            Path<Object> path = path(sort.field(), root);
            orders.add(sort.direction() == Sort.Direction.ASC ? cb.asc(path) : cb.desc(path));
        }
        return orders;
    }

    <V> Path<V> path(io.newsaggregator.domain.query.Field<T, ?> field, Root<?> root) {
        return root.get(fields.binding(field).attribute());
    }

    private Predicate[] translateAll(List<Condition<T>> parts, CriteriaBuilder cb, Root<?> root) {
        Predicate[] predicates = new Predicate[parts.size()];
        for (int i = 0; i < predicates.length; i++) {
            predicates[i] = toPredicate(parts.get(i), cb, root);
        }
        return predicates;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate comparison(Condition.Comparison<T> c, CriteriaBuilder cb, Root<?> root) {
        Expression path = path(c.field(), root);
        Comparable value = (Comparable) fields.toStore(c.field(), c.value());
        return switch (c.operator()) {
            case EQ -> cb.equal(path, value);
            case NE -> cb.notEqual(path, value);
            case LT -> cb.lessThan(path, value);
            case LE -> cb.lessThanOrEqualTo(path, value);
            case GT -> cb.greaterThan(path, value);
            case GE -> cb.greaterThanOrEqualTo(path, value);
        };
    }

    private Predicate in(Condition.In<T> in, CriteriaBuilder cb, Root<?> root) {
        if (in.values().isEmpty()) {
            return cb.disjunction(); // matches nothing, as the domain promises
        }
        CriteriaBuilder.In<Object> predicate = cb.in(path(in.field(), root));
        for (Object value : in.values()) {
            predicate.value(fields.toStore(in.field(), value));
        }
        return predicate;
    }
}
