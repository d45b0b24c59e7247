package io.newsaggregator.domain.port.in;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, long total, PageRequest request) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, was " + total);
        }
    }

    /** Whether items follow this page. */
    public boolean hasMore() {
        return request.offset() + (long) items.size() < total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}
