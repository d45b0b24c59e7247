package io.newsaggregator.domain.port.out;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work against a set of {@link Repositories} in one transaction: committed when the work
 * returns, rolled back when it throws (the exception is rethrown, translated to the
 * {@link io.newsaggregator.domain.error.NewsException} tree where it came from the data store, with
 * the original as cause). Calling it again from inside the work joins the outer unit.
 */
public interface UnitOfWork {

    <R> R execute(Function<Repositories, R> work);

    default void run(Consumer<Repositories> work) {
        execute(repos -> {
            work.accept(repos);
            return null;
        });
    }

    /** Like {@link #execute} in a read-only transaction. */
    <R> R readOnly(Function<Repositories, R> work);
}
