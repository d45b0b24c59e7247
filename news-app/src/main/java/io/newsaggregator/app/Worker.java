package io.newsaggregator.app;

import io.newsaggregator.app.http.Jobs;

/**
 * What does the service's work in the background: scheduled work and the jobs the API queues.
 * {@link FleetWorker} by default, {@link InProcessWorker} (jobs only) with {@code --no-worker}.
 */
interface Worker extends Jobs, AutoCloseable {
    /** Starts the scheduled work (if any); jobs are accepted from construction on. */
    void start();

    /** Stops taking work, lets a running job finish for a while, then interrupts it. */
    @Override
    void close();
}
