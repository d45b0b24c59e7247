package io.newsaggregator.domain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable read request over aggregates of type {@code T}: an optional condition, an ordering,
 * and a page (limit/offset).
 *
 * <pre>{@code
 * Query<Article> q = Query.of(Article.class)
 *         .where(ArticleField.PORTAL_ID.eq(portal).and(ArticleField.PUBLISHED_AT.ge(since)))
 *         .orderBy(ArticleField.PUBLISHED_AT.desc())
 *         .limit(20);
 * }</pre>
 */
public final class Query<T> {
    private final Class<T> type;
    private final Condition<T> condition;
    private final List<Sort<T>> sorts;
    private final Integer limit;
    private final int offset;

    private Query(Class<T> type, Condition<T> condition, List<Sort<T>> sorts, Integer limit, int offset) {
        this.type = type;
        this.condition = condition;
        this.sorts = List.copyOf(sorts);
        this.limit = limit;
        this.offset = offset;
    }

    /** Everything of the given type, in no particular order. */
    public static <T> Query<T> of(Class<T> type) {
        return new Query<>(Objects.requireNonNull(type, "type"), null, List.of(), null, 0);
    }

    public Query<T> where(Condition<T> newCondition) {
        Objects.requireNonNull(newCondition, "condition");
        return new Query<>(type, condition == null ? newCondition : condition.and(newCondition), sorts, limit, offset);
    }

    @SafeVarargs
    public final Query<T> orderBy(Sort<T>... keys) {
        List<Sort<T>> all = new ArrayList<>(sorts);
        for (Sort<T> key : keys) {
            all.add(Objects.requireNonNull(key, "sort"));
        }
        return new Query<>(type, condition, all, limit, offset);
    }

    public Query<T> limit(int maxResults) {
        if (maxResults < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + maxResults);
        }
        return new Query<>(type, condition, sorts, maxResults, offset);
    }

    public Query<T> offset(int firstResult) {
        if (firstResult < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + firstResult);
        }
        return new Query<>(type, condition, sorts, limit, firstResult);
    }

    public Class<T> type() {
        return type;
    }

    public Optional<Condition<T>> condition() {
        return Optional.ofNullable(condition);
    }

    public List<Sort<T>> sorts() {
        return sorts;
    }

    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public int offset() {
        return offset;
    }

    @Override
    public String toString() {
        return "Query[" + type.getSimpleName() + " where " + condition + " order " + sorts + " limit " + limit + " offset " + offset + "]";
    }
}
