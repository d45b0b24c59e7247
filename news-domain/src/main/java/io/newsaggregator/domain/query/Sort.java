package io.newsaggregator.domain.query;

import java.util.Objects;

/** One ordering key of a {@link Query}. */
public record Sort<T>(Field<T, ?> field, Direction direction) {
    public enum Direction { ASC, DESC }

    public Sort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }
}
