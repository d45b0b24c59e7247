package io.newsaggregator.domain.service;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work handed to a pool, with the work's own runtime failure rethrown as it was. */
final class Futures {
    private Futures() {
    }

    /** @param what names the work in the failure of a checked exception, which the work's signatures do not allow */
    static <T> T join(Future<T> done, String what) throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        }
    }
}
