package io.newsaggregator.domain.fake;

/** State of the in-memory store that a failed unit of work puts back. */
interface Restorable {
    /** Copies the current state; running the result puts that state back. */
    Runnable snapshot();
}
